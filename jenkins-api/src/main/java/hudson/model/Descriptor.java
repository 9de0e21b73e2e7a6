package hudson.model;

/** The constructor is empty so that tests can create the plugin's descriptors; every method throws. */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor() {
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only API");
    }
}

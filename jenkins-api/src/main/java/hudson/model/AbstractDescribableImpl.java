package hudson.model;

/** The constructor is empty so that tests can create the plugin's describables; every method throws. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    public AbstractDescribableImpl() {
    }

    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only API");
    }
}

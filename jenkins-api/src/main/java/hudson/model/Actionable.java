package hudson.model;

public abstract class Actionable {
    public Actionable() {
    }

    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only API");
    }
}

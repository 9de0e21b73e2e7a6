package hudson.model;

public abstract class Computer extends Actionable {
    private Computer() {
    }

    public Node getNode() {
        throw new UnsupportedOperationException("compile-only API");
    }
}

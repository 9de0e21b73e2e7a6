package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {
    private Job() {
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("compile-only API");
    }
}

package hudson.model;

import java.io.IOException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    private Run() {
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only API");
    }
}

package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {
    private Run() {
    }

    public Result getResult() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public JobT getParent() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public String getUrl() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only API");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only API");
    }
}

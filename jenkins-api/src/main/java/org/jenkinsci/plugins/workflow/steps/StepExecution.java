package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    protected StepExecution(StepContext context) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public abstract boolean start() throws Exception;
}

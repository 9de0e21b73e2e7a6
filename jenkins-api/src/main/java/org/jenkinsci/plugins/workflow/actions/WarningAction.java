package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

public class WarningAction implements PersistentAction {
    public WarningAction(Result result) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("compile-only API");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only API");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("compile-only API");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only API");
    }
}

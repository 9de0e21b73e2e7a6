package com.cloudbees.plugins.credentials.common;

public class StandardListBoxModel
        extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    public StandardListBoxModel() {
    }

    @Override
    protected String describe(StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only API");
    }
}

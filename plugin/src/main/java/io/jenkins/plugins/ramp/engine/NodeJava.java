package io.jenkins.plugins.ramp.engine;

import jenkins.security.MasterToSlaveCallable;

/** Runs on the node: the node's own Java (its {@code java.home}), which must be 17 or newer to run the engine. */
final class NodeJava extends MasterToSlaveCallable<String, IllegalStateException> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call() {
        int feature = Runtime.version().feature();
        if (feature < 17) {
            throw new IllegalStateException("the node's Java is " + feature + "; the RAMP engine needs Java 17 or newer");
        }
        return System.getProperty("java.home");
    }
}

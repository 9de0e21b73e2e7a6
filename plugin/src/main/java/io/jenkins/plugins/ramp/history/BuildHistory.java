package io.jenkins.plugins.ramp.history;

/** A job's builds, newest first; read lazily, so that a caller that stops early loads no older build. */
public interface BuildHistory {
    Iterable<BuildRecord> newestFirst();
}

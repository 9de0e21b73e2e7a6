package org.ramp.workload;

/** Whether the agent sees a test program while it works, or only the grader does. */
public enum Visibility {
    PUBLIC,
    HIDDEN;

    public String folderKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

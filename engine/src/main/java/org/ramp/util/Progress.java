package org.ramp.util;

/** Where long operations report what they are doing, a line at a time, for a person to follow. */
@FunctionalInterface
public interface Progress {
    Progress SILENT = line -> { };

    void line(String line);

    /** Progress printed to standard error, leaving standard output to results. */
    static Progress stderr() {
        return line -> System.err.println("ramp: " + line);
    }
}

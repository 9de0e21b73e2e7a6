package org.ramp.sandbox;

import java.nio.file.Path;

/** A host folder bound into a container. */
public record Mount(Path host, String container, boolean readOnly) {

    public static Mount readWrite(Path host, String container) {
        return new Mount(host, container, false);
    }

    public static Mount readOnly(Path host, String container) {
        return new Mount(host, container, true);
    }
}

package org.ramp.sandbox;

import java.nio.file.Path;

/**
 * A host folder bound into a container, or a memory volume: a tmpfs that belongs to the container (it
 * goes with it) and that, unlike Docker's plain tmpfs mounts, the container runtime's archive copy can
 * fill and read while the container runs.
 *
 * @param host          the host folder; null for a memory volume
 * @param memoryOptions for a memory volume, its tmpfs options ("size=...,uid=...,mode=..."); else null
 */
public record Mount(Path host, String container, boolean readOnly, String memoryOptions) {

    public Mount {
        if ((host == null) == (memoryOptions == null)) {
            throw new IllegalArgumentException("a mount is of a host folder or a memory volume: " + container);
        }
    }

    public Mount(Path host, String container, boolean readOnly) {
        this(host, container, readOnly, null);
    }

    public static Mount readWrite(Path host, String container) {
        return new Mount(host, container, false);
    }

    public static Mount readOnly(Path host, String container) {
        return new Mount(host, container, true);
    }

    public static Mount memoryVolume(String container, String tmpfsOptions) {
        return new Mount(null, container, false, tmpfsOptions);
    }

    public boolean isMemoryVolume() {
        return memoryOptions != null;
    }
}

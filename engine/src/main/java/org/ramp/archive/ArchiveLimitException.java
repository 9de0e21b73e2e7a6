package org.ramp.archive;

/**
 * A tree or an archive goes beyond what may be copied: over the byte or entry bound, or a path no
 * container or host could hold. The message names the path and the bound, for a person to act on.
 */
public final class ArchiveLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveLimitException(String message) {
        super(message);
    }
}

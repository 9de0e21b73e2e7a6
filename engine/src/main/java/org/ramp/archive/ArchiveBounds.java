package org.ramp.archive;

/**
 * How much one archive may carry: the bytes of its files (their apparent sizes, so that a sparse file
 * counts for what it would take once written) and its number of entries.
 */
public record ArchiveBounds(long maxBytes, int maxEntries) {
    /** Longest path an entry may have, as Linux's PATH_MAX less room for the folder it lands in. */
    public static final int MAX_PATH = 3072;
    /** Longest single path component, as Linux's NAME_MAX. */
    public static final int MAX_NAME = 255;

    public ArchiveBounds {
        if (maxBytes < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("archive bounds must be positive: " + maxBytes + " bytes, "
                    + maxEntries + " entries");
        }
    }

    public static ArchiveBounds of(long maxBytes) {
        return new ArchiveBounds(maxBytes, 200_000);
    }
}

package org.ramp.grading.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A set of address ranges [start, end), merged and sorted so that a lookup is a binary search. */
public final class AddressRanges {
    /** One range; {@code end} is exclusive. */
    public record Range(long start, long end) {
        public Range {
            if (end < start) {
                throw new IllegalArgumentException("a range cannot end before it starts: " + start + ".." + end);
            }
        }
    }

    private final long[] starts;
    private final long[] ends;

    private AddressRanges(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static AddressRanges of(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges.stream().filter(r -> r.end() != r.start()).toList());
        sorted.sort(Comparator.comparingLong(Range::start));
        long[] starts = new long[sorted.size()];
        long[] ends = new long[sorted.size()];
        int n = 0;
        for (Range range : sorted) {
            if (n > 0 && range.start() <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], range.end());
            } else {
                starts[n] = range.start();
                ends[n] = range.end();
                n++;
            }
        }
        return new AddressRanges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    public boolean contains(long address) {
        int i = Arrays.binarySearch(starts, address);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && address < ends[before];
    }

    /** Whether any address lies in both sets. */
    public boolean overlaps(AddressRanges other) {
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            if (starts[i] < other.ends[j] && other.starts[j] < ends[i]) {
                return true;
            }
            if (ends[i] <= other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The addresses in both sets. */
    public AddressRanges intersection(AddressRanges other) {
        List<Range> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            long start = Math.max(starts[i], other.starts[j]);
            long end = Math.min(ends[i], other.ends[j]);
            if (start < end) {
                both.add(new Range(start, end));
            }
            if (ends[i] <= other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return of(both);
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }
}

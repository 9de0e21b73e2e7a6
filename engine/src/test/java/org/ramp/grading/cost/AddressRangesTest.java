package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangesTest {
    private static AddressRanges of(long... bounds) {
        List<AddressRanges.Range> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            ranges.add(new AddressRanges.Range(bounds[i], bounds[i + 1]));
        }
        return AddressRanges.of(ranges);
    }

    @Test
    void endsAreExclusiveAndTouchingRangesMerge() {
        AddressRanges ranges = of(30, 40, 10, 20, 20, 25);
        assertThat(ranges.contains(10)).isTrue();
        assertThat(ranges.contains(24)).isTrue();
        assertThat(ranges.contains(25)).isFalse();
        assertThat(ranges.contains(9)).isFalse();
        assertThat(ranges.contains(39)).isTrue();
        assertThat(ranges.contains(40)).isFalse();
        assertThat(ranges.contains(-1)).isFalse();
        assertThat(of(5, 5).isEmpty()).isTrue();
        assertThatThrownBy(() -> of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapAndIntersection() {
        assertThat(of(10, 20).overlaps(of(20, 30))).isFalse();
        assertThat(of(10, 20).overlaps(of(19, 30))).isTrue();
        assertThat(of(0, 5, 10, 20).overlaps(of(5, 10, 20, 30))).isFalse();
        AddressRanges both = of(0, 15, 20, 40).intersection(of(10, 25, 30, 35));
        assertThat(both.contains(10)).isTrue();
        assertThat(both.contains(15)).isFalse();
        assertThat(both.contains(22)).isTrue();
        assertThat(both.contains(25)).isFalse();
        assertThat(both.contains(34)).isTrue();
        assertThat(both.contains(35)).isFalse();
    }
}

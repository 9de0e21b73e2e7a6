package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebianVersionTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.0, 1.1",
        "1.9, 1.10",
        "1.0~rc1, 1.0",
        "1.0~~, 1.0~",
        "1.0, 1.0a",
        "1.0a, 1.0+",
        "1.0-1, 1.0-2",
        "1.0-9, 1.0-10",
        "2.36-9+deb12u13, 2.36-9+deb12u14",
        "9.9, 1:0.1",
        "1:2.38.1-5, 1:2.38.1-5+deb12u3",
        "6.1.0, 6.1.0-1",
        "0.5.12-2, 0.5.12-2+b1",
        "37~deb12u1, 37",
        "1.00.1, 1.0.2",
    })
    void ordersAsDpkgDoes(String lower, String higher) {
        assertThat(DebianVersion.compare(lower, higher)).isNegative();
        assertThat(DebianVersion.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "0:1.0, 1.0", "1.01, 1.1", "1.0-0, 1.0-00"})
    void equalVersions(String a, String b) {
        assertThat(DebianVersion.compare(a, b)).isZero();
    }
}

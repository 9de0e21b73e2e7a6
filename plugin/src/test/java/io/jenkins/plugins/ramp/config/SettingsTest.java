package io.jenkins.plugins.ramp.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void aPriceTableIsJudgedByTheEnginesParser() {
        assertThat(Settings.priceTableProblem("{\"models\": {\"m\": {\"input\": 1, \"cachedInput\": 0.5, \"output\": 2}}}"))
                .isNull();
        assertThat(Settings.priceTableProblem("")).isNull();
        assertThat(Settings.priceTableProblem("{\"models\": 3")).contains("is not valid JSON").contains("its format is {\"models\"");
    }

    @Test
    void imagesAndScales() {
        assertThat(Settings.imageProblem("ramp-toolchain:0123abcd")).isNull();
        assertThat(Settings.imageProblem("x; rm -rf /")).contains("not a Docker image reference");
        assertThat(Settings.scaleProblem("20000")).isNull();
        assertThat(Settings.scaleProblem("3e8")).isNull();
        assertThat(Settings.scaleProblem("0")).contains("above 0");
        assertThat(Settings.scaleProblem("many")).contains("not a number");
    }
}

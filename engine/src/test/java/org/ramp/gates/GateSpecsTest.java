package org.ramp.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramp.history.Metric;

/** Gates from the command line's text and from a Jenkins step's maps, and every way to get one wrong. */
class GateSpecsTest {

    @Test
    void readsTheCommandLineForms() throws Exception {
        assertThat(GateSpecs.parse("metric=AEI,baseline=reference,threshold=-2,criticality=unstable"))
                .isEqualTo(new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2, Criticality.UNSTABLE));
        assertThat(GateSpecs.parse("metric=stage,stage=T3,threshold=60"))
                .isEqualTo(new QualityGate(Metric.STAGE_SCORE, "T3", Baseline.ABSOLUTE, 60, Criticality.UNSTABLE));
        assertThat(GateSpecs.parse(" metric = cost , threshold = 2.5 , criticality = FAILURE , baseline = ABSOLUTE "))
                .isEqualTo(new QualityGate(Metric.COST, null, Baseline.ABSOLUTE, 2.5, Criticality.FAILURE));
        assertThat(GateSpecs.parse("Metric=mean-reward,Threshold=40,CRITICALITY=note"))
                .isEqualTo(new QualityGate(Metric.MEAN_REWARD, null, Baseline.ABSOLUTE, 40, Criticality.NOTE));
        assertThat(GateSpecs.parse("metric=STAGE_SCORE,stage=t5,threshold=1e1").stage()).isEqualTo("T5");
        assertThat(GateSpecs.parse("metric=infrastructureFailures,threshold=0").metric())
                .isEqualTo(Metric.INFRASTRUCTURE_FAILURES);
    }

    @Test
    void readsTheMapsAJenkinsStepReceives() throws Exception {
        Map<String, Object> groovy = new LinkedHashMap<>();
        groovy.put("metric", "AEI");
        groovy.put("baseline", "REFERENCE");
        groovy.put("threshold", new BigDecimal("-2.0")); // what a Groovy literal -2.0 is
        groovy.put("criticality", "UNSTABLE");
        assertThat(GateSpecs.fromMap(groovy))
                .isEqualTo(new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2, Criticality.UNSTABLE));
        assertThat(GateSpecs.fromMap(Map.of("metric", "stage", "stage", "T2", "threshold", 60)).threshold())
                .isEqualTo(60);
        Map<String, Object> withNulls = new HashMap<>();
        withNulls.put("metric", "TOKENS");
        withNulls.put("threshold", 5e6);
        withNulls.put("stage", null);
        withNulls.put("baseline", null);
        assertThat(GateSpecs.fromMap(withNulls))
                .isEqualTo(new QualityGate(Metric.TOKENS, null, Baseline.ABSOLUTE, 5e6, Criticality.UNSTABLE));
        assertThat(GateSpecs.fromMaps(List.of(groovy, Map.of("metric", "time", "threshold", "3600")))).hasSize(2);
    }

    @Test
    void everyErrorNamesTheFieldTheValueAndTheAllowedValues() {
        String metrics = "use one of aei, meanReward, pipelineScore, passScore, strictScore, stage, cost, tokens, "
                + "tokensRamp, time, calls, modelFailures, infrastructureFailures";
        assertThat(error("metric=AEX,threshold=1")).isEqualTo("field \"metric\" is \"AEX\"; " + metrics);
        assertThat(error("threshold=1")).isEqualTo("field \"metric\" is missing; " + metrics);
        assertThat(error("metric=aei")).isEqualTo("field \"threshold\" is missing; give a number such as 60 or -2.5");
        for (String bad : List.of("abc", "NaN", "Infinity", "0x10", "1d", "2,5")) {
            assertThat(error("metric=aei,threshold=" + bad)).as(bad).startsWith(bad.equals("2,5")
                    ? "\"5\" is not field=value" : "field \"threshold\" is \"" + bad + "\"; give a number");
        }
        assertThat(error("metric=aei,threshold=1,baseline=previous"))
                .isEqualTo("field \"baseline\" is \"previous\"; use one of absolute, reference");
        assertThat(error("metric=aei,threshold=1,criticality=fatal"))
                .isEqualTo("field \"criticality\" is \"fatal\"; use one of note, unstable, failure");
        assertThat(error("metric=stage,threshold=60"))
                .isEqualTo("field \"stage\" is missing; metric stage needs one of T0, T1, T2, T3, T4, T5");
        assertThat(error("metric=stage,stage=T9,threshold=60"))
                .isEqualTo("field \"stage\" is \"T9\"; use one of T0, T1, T2, T3, T4, T5");
        assertThat(error("metric=aei,stage=T3,threshold=60"))
                .isEqualTo("field \"stage\" is \"T3\", but only metric stage takes a stage; leave it out for metric aei");
        assertThat(error("metric=aei,limit=3,threshold=1"))
                .isEqualTo("unknown field \"limit\"; the fields are metric, stage, baseline, threshold, criticality");
        assertThat(error("metric=aei,threshold=1,metric=cost")).isEqualTo("field \"metric\" is given twice");
        assertThat(error("metric=aei,threshold=1,METRIC=cost")).isEqualTo("field \"metric\" is given twice");
        assertThat(error("metric=aei,threshold")).startsWith("\"threshold\" is not field=value");
        assertThat(error("metric=aei,threshold=1,")).startsWith("\"\" is not field=value");
        assertThat(error("")).startsWith("a gate is empty; write it as metric=M,threshold=N");
        assertThat(error("   ")).startsWith("a gate is empty");
    }

    @Test
    void mapErrorsNameTheFieldAndWhichGate() {
        assertThatThrownBy(() -> GateSpecs.fromMap(Map.of("metric", "aei", "threshold", Double.NaN)))
                .isInstanceOf(GateSpecException.class).hasMessageStartingWith("field \"threshold\" is \"NaN\"");
        assertThatThrownBy(() -> GateSpecs.fromMap(Map.of("metric", "aei", "treshold", 1)))
                .hasMessageStartingWith("unknown field \"treshold\"");
        assertThatThrownBy(() -> GateSpecs.fromMaps(List.of(Map.of("metric", "aei", "threshold", 1),
                Map.of("metric", 7, "threshold", 1))))
                .hasMessageStartingWith("quality gate 2: field \"metric\" is \"7\"; use one of aei");
    }

    private static String error(String spec) {
        try {
            GateSpecs.parse(spec);
        } catch (GateSpecException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + spec);
    }
}

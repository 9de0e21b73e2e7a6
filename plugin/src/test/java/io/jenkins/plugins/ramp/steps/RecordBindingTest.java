package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.Extension;
import hudson.model.Descriptor;
import io.jenkins.plugins.ramp.gates.GateArguments;
import io.jenkins.plugins.ramp.gates.QualityGateArgument;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.verb.POST;
import org.ramp.gates.Baseline;
import org.ramp.gates.Criticality;
import org.ramp.gates.QualityGate;
import org.ramp.history.Metric;

/**
 * rampRecord's arguments as Pipeline binds them and the Snippet Generator writes them, the nested list of gates
 * included (structs binds each map of {@code qualityGates: [[...]]} to a QualityGateArgument), and the gates as the
 * engine reads them.
 */
class RecordBindingTest {
    final SnippetModel step = new SnippetModel(RampRecordStep.class);
    final SnippetModel gate = new SnippetModel(QualityGateArgument.class);

    /** Pipeline's binding of {@code rampRecord(...)}: maps in the list become gates, as DescribableModel does. */
    RampRecordStep bind(Map<String, Object> arguments) throws Exception {
        Map<String, Object> bound = new LinkedHashMap<>(arguments);
        if (arguments.get("qualityGates") instanceof List<?> maps) {
            List<Object> gates = new ArrayList<>();
            for (Object map : maps) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                gates.add(gate.instantiate(fields));
            }
            bound.put("qualityGates", gates);
        }
        return (RampRecordStep) step.instantiate(bound);
    }

    /** What the Snippet Generator writes: nested gates uninstantiated to maps too. */
    Map<String, Object> write(RampRecordStep instance) throws Exception {
        Map<String, Object> arguments = step.uninstantiate(instance);
        if (arguments.get("qualityGates") instanceof List<?> gates) {
            List<Object> maps = new ArrayList<>();
            for (Object g : gates) {
                maps.add(gate.uninstantiate(g));
            }
            arguments.put("qualityGates", maps);
        }
        return arguments;
    }

    @Test
    void theBriefsExampleBindsAndWhatIsWrittenBindsBack() throws Exception {
        Map<String, Object> gateFields = new LinkedHashMap<>();
        gateFields.put("metric", "AEI");
        gateFields.put("baseline", "REFERENCE");
        gateFields.put("threshold", -2.0);
        gateFields.put("criticality", "UNSTABLE");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("qualityGates", List.of(gateFields));
        arguments.put("runs", "gpt-4o, qwen");
        arguments.put("referenceBuild", 12);
        RampRecordStep bound = bind(arguments);
        Map<String, Object> written = write(bound);
        // canonical names; the default criticality is not written
        assertThat(written).isEqualTo(Map.of("qualityGates", List.of(Map.of("metric", "aei", "threshold", -2.0,
                "baseline", "REFERENCE")), "runs", "gpt-4o, qwen", "referenceBuild", 12));
        assertThat(bind(written)).isEqualTo(bound).isNotSameAs(bound);
        assertThat(write(new RampRecordStep())).isEmpty();
        assertThat(RampRecordStep.names(bound.getRuns())).containsExactly("gpt-4o", "qwen");

        List<QualityGate> gates = GateArguments.gates(bound.getQualityGates());
        assertThat(gates).containsExactly(new QualityGate(Metric.AEI, null, Baseline.REFERENCE, -2.0,
                Criticality.UNSTABLE));
    }

    @Test
    void everyGateFieldBindsBack() throws Exception {
        QualityGateArgument stageGate = new QualityGateArgument("stage", 60);
        stageGate.setStage("t3");
        stageGate.setCriticality("note");
        Map<String, Object> written = gate.uninstantiate(stageGate);
        assertThat(written).isEqualTo(Map.of("metric", "stage", "threshold", 60.0, "stage", "T3", "criticality",
                "NOTE"));
        assertThat(gate.instantiate(written)).isEqualTo(stageGate);
        assertThat(GateArguments.gates(List.of(stageGate)).get(0).toSpec())
                .isEqualTo("metric=stage,stage=T3,baseline=absolute,threshold=60,criticality=note");
        assertThatThrownBy(() -> gate.instantiate(Map.of("metric", "aei", "threshold", 1.0, "treshold", 2.0)))
                .hasMessageContaining("does not take parameter treshold");
    }

    @Test
    void badGatesAreRefusedWithTheEnginesMessages() {
        QualityGateArgument typo = new QualityGateArgument("aeix", 1);
        assertThatThrownBy(() -> GateArguments.gates(List.of(new QualityGateArgument("aei", 1), typo)))
                .hasMessageContaining("quality gate 2").hasMessageContaining("\"aeix\"").hasMessageContaining("aei, ");
        QualityGateArgument noStage = new QualityGateArgument("stage", 60);
        assertThatThrownBy(() -> GateArguments.gates(List.of(noStage))).hasMessageContaining("field \"stage\" is missing");
        QualityGateArgument badBaseline = new QualityGateArgument("aei", 1);
        badBaseline.setBaseline("relative");
        assertThatThrownBy(() -> GateArguments.gates(List.of(badBaseline))).hasMessageContaining("absolute, reference");
        assertThat(GateArguments.problem("aei", "abc", null)).contains("give a number");
        assertThat(GateArguments.problem("cost", "0.25", "")).isNull();
        assertThatThrownBy(() -> RampRecordStep.names("gpt-4o,../x")).hasMessageContaining("not a plain file name");
    }

    @Test
    void theGateFormHasItsHelpItsListsAndPostMethods() throws Exception {
        Class<?> descriptor = QualityGateArgument.DescriptorImpl.class;
        assertThat(descriptor.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(Descriptor.class.isAssignableFrom(descriptor)).isTrue();
        Map<String, String> fields = Views.fields(Views.read(QualityGateArgument.class, "config.jelly"));
        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(gate.properties.keySet());
        for (String field : fields.keySet()) {
            assertThat(Views.help(QualityGateArgument.class, field)).as("help-" + field).isNotBlank();
            String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            String needed = fields.get(field).contains("select") ? "doFill" + cap + "Items"
                    : fields.get(field).contains("checkMethod") ? "doCheck" + cap : null;
            if (needed != null) {
                assertThat(java.util.Arrays.stream(descriptor.getMethods()).map(Method::getName)).as(needed)
                        .contains(needed);
            }
        }
        for (Method m : descriptor.getDeclaredMethods()) {
            if (m.getName().startsWith("do") && java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                assertThat(m.isAnnotationPresent(POST.class)).as(m + " is @POST").isTrue();
            }
        }
        assertThat(Views.help(RampRecordStep.class, "qualityGates")).contains("criticality: 'UNSTABLE'");
    }
}

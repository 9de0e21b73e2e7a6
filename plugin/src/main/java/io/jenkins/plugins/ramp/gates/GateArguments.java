package io.jenkins.plugins.ramp.gates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.gates.GateSpecException;
import org.ramp.gates.GateSpecs;
import org.ramp.gates.QualityGate;

/** The gates of a step as the engine's gates: the engine's {@link GateSpecs} checks every field and says the fix. */
public final class GateArguments {
    private GateArguments() {
    }

    public static Map<String, Object> toMap(QualityGateArgument gate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("metric", gate.getMetric());
        map.put("stage", gate.getStage());
        map.put("baseline", gate.getBaseline());
        map.put("threshold", gate.getThreshold());
        map.put("criticality", gate.getCriticality());
        return map;
    }

    /** @throws GateSpecException naming the gate (1 for the first), the field, the value and what is allowed */
    public static List<QualityGate> gates(List<QualityGateArgument> arguments) throws GateSpecException {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (QualityGateArgument gate : arguments) {
            maps.add(toMap(gate));
        }
        return GateSpecs.fromMaps(maps);
    }

    /** Why a gate of these form values is refused, or null (the form's check). */
    public static String problem(String metric, String threshold, String stage) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("metric", metric);
        map.put("threshold", threshold);
        map.put("stage", stage == null || stage.isBlank() ? null : stage);
        try {
            GateSpecs.fromMap(map);
            return null;
        } catch (GateSpecException e) {
            return e.getMessage();
        }
    }
}

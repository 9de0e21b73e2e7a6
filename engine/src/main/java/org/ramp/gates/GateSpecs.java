package org.ramp.gates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramp.history.Metric;
import org.ramp.workload.WorkloadLoader;

/**
 * Quality gates from text ({@code metric=AEI,baseline=reference,threshold=-2,criticality=unstable}, the
 * command line) or from a map (what a Jenkins step receives). Fields: {@code metric} and {@code threshold}
 * are required, {@code stage} is required for metric {@code stage} and refused otherwise, {@code baseline}
 * defaults to absolute and {@code criticality} to unstable (as in warnings-ng). Names of fields and values
 * ignore case ({@code REFERENCE}, {@code reference}); metrics also ignore '-' and '_' ({@code MEAN_REWARD}).
 * Every error names the field, the value and the allowed values.
 */
public final class GateSpecs {
    public static final List<String> FIELDS = List.of("metric", "stage", "baseline", "threshold", "criticality");

    private GateSpecs() {
    }

    /** One gate written as comma-separated {@code field=value} pairs. */
    public static QualityGate parse(String spec) throws GateSpecException {
        if (spec == null || spec.isBlank()) {
            throw new GateSpecException("a gate is empty; write it as metric=M,threshold=N"
                    + "[,baseline=absolute|reference]"
                    + "[,criticality=note|unstable|failure][,stage=Tn]");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String pair : spec.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new GateSpecException("\"" + pair.strip() + "\" is not field=value; the fields are "
                        + String.join(", ", FIELDS));
            }
            String field = pair.substring(0, equals).strip();
            if (fields.put(field, pair.substring(equals + 1).strip()) != null) {
                throw new GateSpecException("field \"" + field + "\" is given twice");
            }
        }
        return fromMap(fields);
    }

    /**
     * One gate from a map of its fields; values may be strings or, for the threshold, numbers.
     * Null values count as absent.
     */
    public static QualityGate fromMap(Map<String, ?> map) throws GateSpecException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            String field = entry.getKey() == null ? "" : entry.getKey().strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new GateSpecException("unknown field \"" + entry.getKey() + "\"; the fields are "
                        + String.join(", ", FIELDS));
            }
            if (entry.getValue() != null && fields.put(field, entry.getValue()) != null) {
                throw new GateSpecException("field \"" + field + "\" is given twice");
            }
        }
        Metric metric = metric(fields.get("metric"));
        String stage = stage(metric, fields.get("stage"));
        Baseline baseline = choice(fields.get("baseline"), "baseline", Baseline.values(), Baseline.ABSOLUTE);
        Criticality criticality = choice(fields.get("criticality"), "criticality", Criticality.values(),
                Criticality.UNSTABLE);
        return new QualityGate(metric, stage, baseline, threshold(fields.get("threshold")), criticality);
    }

    /** Several gates from maps; an error also says which gate (1 for the first). */
    public static List<QualityGate> fromMaps(List<? extends Map<String, ?>> maps) throws GateSpecException {
        List<QualityGate> gates = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            try {
                gates.add(fromMap(maps.get(i)));
            } catch (GateSpecException e) {
                throw new GateSpecException("quality gate " + (i + 1) + ": " + e.getMessage());
            }
        }
        return gates;
    }

    private static Metric metric(Object value) throws GateSpecException {
        if (value == null || value.toString().isBlank()) {
            throw new GateSpecException("field \"metric\" is missing; use one of " + Metric.ids());
        }
        Metric metric = Metric.named(value.toString().strip());
        if (metric == null) {
            throw new GateSpecException("field \"metric\" is \"" + value + "\"; use one of " + Metric.ids());
        }
        return metric;
    }

    private static String stage(Metric metric, Object value) throws GateSpecException {
        List<String> stages = WorkloadLoader.STAGE_IDS;
        if (!metric.needsStage()) {
            if (value != null && !value.toString().isBlank()) {
                throw new GateSpecException("field \"stage\" is \"" + value + "\", but only metric "
                        + Metric.STAGE_SCORE.id() + " takes a stage; leave it out for metric " + metric.id());
            }
            return null;
        }
        if (value == null || value.toString().isBlank()) {
            throw new GateSpecException("field \"stage\" is missing; metric " + metric.id() + " needs one of "
                    + String.join(", ", stages));
        }
        String stage = value.toString().strip().toUpperCase(Locale.ROOT);
        if (!stages.contains(stage)) {
            throw new GateSpecException("field \"stage\" is \"" + value + "\"; use one of "
                    + String.join(", ", stages));
        }
        return stage;
    }

    private static double threshold(Object value) throws GateSpecException {
        if (value == null || value.toString().isBlank()) {
            throw new GateSpecException("field \"threshold\" is missing; give a number such as 60 or -2.5");
        }
        double threshold;
        if (value instanceof Number number) {
            threshold = number.doubleValue();
        } else {
            try {
                // BigDecimal: no hexadecimal, no "NaN", no "Infinity", no trailing "d"
                threshold = new BigDecimal(value.toString().strip()).doubleValue();
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
        }
        if (!Double.isFinite(threshold)) {
            throw new GateSpecException("field \"threshold\" is \"" + value + "\"; give a number such as 60 or -2.5");
        }
        return threshold;
    }

    private static <E extends Enum<E>> E choice(Object value, String field, E[] values, E absent)
            throws GateSpecException {
        if (value == null || value.toString().isBlank()) {
            return absent;
        }
        String text = value.toString().strip();
        for (E candidate : values) {
            if (candidate.name().equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        throw new GateSpecException("field \"" + field + "\" is \"" + value + "\"; use one of "
                + String.join(", ", Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }
}

package io.jenkins.plugins.ramp.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.ramp.steps.StartedRuns;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the plugin stores in build.xml passes JEP-200's class filter: every field XStream writes (not transient, not
 * static) is of a type core's whitelist names (String, boxed numbers, ArrayList, CopyOnWriteArrayList,
 * ConcurrentHashMap, ...) or a class of the plugin's own jar (allowed because its manifest carries Short-Name and
 * Plugin-Version). No engine class: the engine's jar is a bundled library, which the filter does not allow, and
 * Java records cannot be unmarshalled by XStream at all. Summaries are kept as JSON text for that reason.
 */
class StoredTypesTest {
    /** From core's jenkins/security/whitelisted-classes.txt (2.479), the ones a field here may use. */
    static final Set<String> WHITELISTED = Set.of("java.lang.String", "java.lang.Double", "java.lang.Long",
            "java.lang.Integer", "java.lang.Boolean", "java.util.ArrayList", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.concurrent.ConcurrentHashMap", "java.util.List", "java.util.Map");

    @Test
    void everyStoredFieldIsOfAnAllowedType() throws Exception {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(RampBuildAction.class, StartedRuns.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            assertThat(type.isRecord()).as(type + " is a record").isFalse();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                for (Class<?> used : types(field.getGenericType())) {
                    if (used.isPrimitive() || WHITELISTED.contains(used.getName())) {
                        continue;
                    }
                    assertThat(used.getName()).as(type.getSimpleName() + "." + field.getName())
                            .startsWith("io.jenkins.plugins.ramp.");
                    pending.push(used);
                }
            }
        }
        assertThat(seen).contains(RecordedRun.class, GateRow.class);
    }

    @Test
    void summariesAreTransientlyParsedCopiesOfTheirJson() throws Exception {
        Field summary = RecordedRun.class.getDeclaredField("summary");
        assertThat(Modifier.isTransient(summary.getModifiers())).isTrue();
        assertThat(RecordedRun.class.getDeclaredField("summaryJson").getType()).isEqualTo(String.class);
        assertThat(Modifier.isTransient(RampBuildAction.class.getDeclaredField("owner").getModifiers())).isTrue();
    }

    private static List<Class<?>> types(Type type) {
        if (type instanceof Class<?> c) {
            return List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> all = new java.util.ArrayList<>(types(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                all.addAll(types(argument));
            }
            return all;
        }
        throw new AssertionError("a stored field of type " + type + " (wildcards and variables are not stored here)");
    }
}

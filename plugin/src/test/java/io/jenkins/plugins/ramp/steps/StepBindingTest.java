package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import io.jenkins.plugins.ramp.config.RampGlobalConfiguration;
import io.jenkins.plugins.ramp.engine.RunOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.verb.POST;

/**
 * Each step's arguments as Pipeline and the Snippet Generator see them: every config.jelly field is a property of
 * the step (constructor parameter or setter, same name, a getter of the same type), has a help file, and the
 * arguments generated for non-default values bind back to an equal step.
 */
class StepBindingTest {
    static Stream<Class<?>> steps() {
        return Stream.of(RampRunStep.class, RampAssessStep.class, RampStageStep.class, RampResurrectStep.class,
                RampRecordStep.class);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyFieldIsAPropertyWithItsGetterAndHelp(Class<?> step) throws Exception {
        SnippetModel model = new SnippetModel(step);
        String jelly = Views.read(step, "config.jelly");
        assertThat(jelly).as(step + " config.jelly").isNotNull();
        Map<String, String> fields = Views.fields(jelly);
        assertThat(fields.keySet()).as("config.jelly fields of " + step.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(model.properties.keySet());
        for (Map.Entry<String, Class<?>> property : model.properties.entrySet()) {
            assertThat(model.getter(property.getKey()).getReturnType()).as(property.getKey()).isEqualTo(property.getValue());
            assertThat(Views.help(step, property.getKey())).as("help-" + property.getKey() + ".html").isNotBlank();
        }
        assertThat(Views.read(step, "help.html")).as(step.getSimpleName() + "/help.html").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("steps")
    void whatTheSnippetGeneratorWritesBindsBackToAnEqualStep(Class<?> step) throws Exception {
        SnippetModel model = new SnippetModel(step);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> property : model.properties.entrySet()) {
            values.put(property.getKey(), sample(property.getKey(), property.getValue()));
        }
        Object original = model.instantiate(values);
        Map<String, Object> arguments = model.uninstantiate(original);
        assertThat(arguments).isEqualTo(values);
        Object rebuilt = model.instantiate(arguments);
        assertThat(rebuilt).isEqualTo(original).isNotSameAs(original);
        // and a step with only its mandatory arguments writes only those
        Map<String, Object> mandatory = new HashMap<>();
        for (java.lang.reflect.Parameter p : model.constructor.getParameters()) {
            mandatory.put(p.getName(), values.get(p.getName()));
        }
        assertThat(model.uninstantiate(model.instantiate(mandatory))).isEqualTo(mandatory);
    }

    static Stream<Class<?>> runSteps() {
        return Stream.of(RampRunStep.class, RampAssessStep.class);
    }

    @ParameterizedTest
    @MethodSource("runSteps")
    void aRecipeAgentAndAnAgentImageBindAsPipelineBindsThem(Class<?> step) throws Exception {
        SnippetModel model = new SnippetModel(step);
        Map<String, Object> recipe = Map.of("name", "gpt-4o", "agent", "qwen-code", "model", "gpt-4o", "endpoint",
                "https://api.openai.com/v1", "credentialsId", "openai-key");
        RunArguments qwen = (RunArguments) model.instantiate(recipe);
        assertThat(qwen.getAgent()).isEqualTo("qwen-code");
        assertThat(qwen.options().agent).isEqualTo("qwen-code");
        assertThat(qwen.options().usesEndpoint()).isTrue();
        assertThat(model.uninstantiate(qwen)).isEqualTo(recipe);

        Map<String, Object> image = Map.of("name", "cli", "agent", "command", "agentCommand", "my-cli",
                "agentImage", "my-agent:1");
        RunArguments command = (RunArguments) model.instantiate(image);
        assertThat(command.getAgentImage()).isEqualTo("my-agent:1");
        assertThat(command.options().agentImage).isEqualTo("my-agent:1");
        assertThat(model.uninstantiate(command)).isEqualTo(image);
        assertThat(model.instantiate(model.uninstantiate(command))).isEqualTo(command);
        // the image is part of the step's identity, and the execution's copy does not share the step's state
        RunArguments other = (RunArguments) model.instantiate(Map.of("name", "cli", "agent", "command", "agentCommand",
                "my-cli", "agentImage", "my-agent:2"));
        assertThat(other).isNotEqualTo(command);
        assertThat(other.options()).isNotEqualTo(command.options());
        RunOptions copy = command.options();
        copy.agentImage = "changed";
        assertThat(command.getAgentImage()).isEqualTo("my-agent:1");

        // a blank image (an empty form field) is left out: the global default applies
        RunArguments blank = (RunArguments) model.instantiate(Map.of("name", "cli", "agentImage", "  "));
        assertThat(blank.getAgentImage()).isNull();
        assertThat(model.uninstantiate(blank)).isEqualTo(Map.of("name", "cli"));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void anUnknownArgumentIsRefused(Class<?> step) {
        SnippetModel model = new SnippetModel(step);
        Map<String, Object> arguments = new HashMap<>();
        for (java.lang.reflect.Parameter p : model.constructor.getParameters()) {
            arguments.put(p.getName(), "T1");
        }
        arguments.put("modle", "typo");
        assertThatThrownBy(() -> model.instantiate(arguments)).hasMessageContaining("does not take parameter modle");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void theFormsControlsHaveTheirWebMethodsAllPostWithAPermissionCheck(Class<?> step) throws Exception {
        Class<?> descriptor = descriptorOf(step);
        Map<String, String> fields = Views.fields(Views.read(step, "config.jelly"));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String cap = Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1);
            if (field.getValue().contains("select")) {
                assertThat(method(descriptor, "doFill" + cap + "Items")).as("doFill%sItems", cap).isNotNull();
            }
            if (field.getValue().contains("checkMethod=\"post\"")) {
                assertThat(method(descriptor, "doCheck" + cap)).as("doCheck%s", cap).isNotNull();
            }
        }
        for (Method m : descriptor.getMethods()) {
            if (m.getName().startsWith("do")) {
                assertThat(m.isAnnotationPresent(POST.class)).as(m + " is @POST").isTrue();
            }
        }
    }

    @Test
    void descriptorsAreExtensionsWithTheStepsFunctionNamesAndNeedANode() throws Exception {
        Map<Class<?>, String> names = Map.of(RampRunStep.class, "rampRun", RampAssessStep.class, "rampAssess",
                RampStageStep.class, "rampStage", RampResurrectStep.class, "rampResurrect", RampRecordStep.class,
                "rampRecord");
        for (Map.Entry<Class<?>, String> e : names.entrySet()) {
            Class<?> descriptor = descriptorOf(e.getKey());
            assertThat(descriptor.isAnnotationPresent(Extension.class)).as(descriptor + " @Extension").isTrue();
            assertThat(Modifier.isStatic(descriptor.getModifiers()) && Modifier.isPublic(descriptor.getModifiers()))
                    .isTrue();
            StepDescriptor instance = (StepDescriptor) descriptor.getConstructor().newInstance();
            assertThat(instance.getFunctionName()).isEqualTo(e.getValue());
            if (e.getKey() == RampRecordStep.class) {
                // it reaches each run on its own node: no node needed, but the build, its console and its FlowNode
                assertThat(new java.util.HashSet<Object>(instance.getRequiredContext())).doesNotContain(FilePath.class,
                        Launcher.class).contains(hudson.model.Run.class, hudson.model.TaskListener.class);
            } else {
                assertThat(new java.util.HashSet<Object>(instance.getRequiredContext())).contains(FilePath.class,
                        Launcher.class);
            }
        }
    }

    @Test
    void theGlobalConfigurationIsBoundByItsSettersAndHasASymbol() throws Exception {
        Class<?> config = RampGlobalConfiguration.class;
        assertThat(config.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(config.getAnnotation(Symbol.class).value()).containsExactly("ramp");
        Map<String, String> fields = Views.fields(Views.read(config, "config.jelly"));
        assertThat(fields.keySet()).containsExactly("priceTable", "agentImage", "timeScale", "costScale",
                "tokenScale");
        for (String field : fields.keySet()) {
            String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            Method getter = config.getMethod("get" + cap);
            Method setter = config.getMethod("set" + cap, getter.getReturnType());
            assertThat(setter.isAnnotationPresent(org.kohsuke.stapler.DataBoundSetter.class)).as(setter.toString()).isTrue();
            assertThat(method(config, "doCheck" + cap)).as("doCheck" + cap).isNotNull();
            assertThat(Views.help(config, field)).as("help-" + field).isNotBlank();
        }
        for (Method m : config.getDeclaredMethods()) {
            if (m.getName().startsWith("do") && Modifier.isPublic(m.getModifiers())) {
                assertThat(m.isAnnotationPresent(POST.class)).as(m + " is @POST").isTrue();
            }
        }
    }

    @Test
    void theRunStepsShareOneForm() throws Exception {
        assertThat(Views.read(RampAssessStep.class, "config.jelly")).isEqualTo(Views.read(RampRunStep.class, "config.jelly"));
        assertThat(Views.read(RampResurrectStep.class, "config.jelly"))
                .isEqualTo(Views.read(RampStageStep.class, "config.jelly"));
    }

    @Test
    void settersKeepTheEnginesDefaultsForBlankValues() {
        RampRunStep step = new RampRunStep("x");
        step.setAgent("");
        step.setMode(null);
        step.setModel("  ");
        assertThat(step.getAgent()).isEqualTo("builtin");
        assertThat(step.getMode()).isEqualTo("chain");
        assertThat(step.getModel()).isNull();
    }

    private static Object sample(String name, Class<?> type) {
        if (type == java.util.List.class && name.equals("qualityGates")) {
            io.jenkins.plugins.ramp.gates.QualityGateArgument gate = new io.jenkins.plugins.ramp.gates.QualityGateArgument(
                    "aei", -2.0);
            gate.setBaseline("REFERENCE");
            return java.util.List.of(gate);
        }
        if (type == String.class) {
            return "value-of-" + name;
        }
        if (type == Long.class) {
            return 7L + name.length();
        }
        if (type == Double.class) {
            return 0.5 + name.length();
        }
        if (type == Integer.class) {
            return 3 + name.length();
        }
        throw new AssertionError("no sample for " + type);
    }

    private static Class<?> descriptorOf(Class<?> step) {
        for (Class<?> nested : step.getClasses()) {
            if (StepDescriptor.class.isAssignableFrom(nested)) {
                return nested;
            }
        }
        throw new AssertionError(step + " has no public nested StepDescriptor");
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        return null;
    }

}

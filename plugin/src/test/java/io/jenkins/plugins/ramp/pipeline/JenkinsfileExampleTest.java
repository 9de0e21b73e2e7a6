package io.jenkins.plugins.ramp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.gates.GateArguments;
import io.jenkins.plugins.ramp.gates.QualityGateArgument;
import io.jenkins.plugins.ramp.steps.RampRecordStep;
import io.jenkins.plugins.ramp.steps.RampResurrectStep;
import io.jenkins.plugins.ramp.steps.RampRunStep;
import io.jenkins.plugins.ramp.steps.RampStageStep;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Jenkinsfile.example at the repository's root parses as Groovy, and every RAMP step it calls exists in the plugin
 * under that name with every argument it gives (as Pipeline binds them: constructor parameters and setters), the
 * nested quality gates' fields included; its constant values are ones the steps accept. It is declarative: a nightly
 * cron trigger, parameters naming the models, a matrix over MODEL, a stage per RAMP stage with its resurrection in
 * post { unstable }, recording with a gate, the JUnit XML published. (Running it is the acceptance Jenkins's part.)
 */
class JenkinsfileExampleTest {
    static final Path FILE = Path.of("..", "Jenkinsfile.example");
    static final Map<String, Class<?>> STEPS = Map.of("rampRun", RampRunStep.class, "rampStage", RampStageStep.class,
            "rampResurrect", RampResurrectStep.class, "rampRecord", RampRecordStep.class);
    static final List<Call> CALLS = new ArrayList<>();

    /** One method call of the script: its name and named arguments (the value's AST). */
    record Call(String name, Map<String, Expression> arguments, List<Expression> positional, int line) {
        String constant(String argument) {
            return arguments.get(argument) instanceof ConstantExpression c ? String.valueOf(c.getValue()) : null;
        }
    }

    @BeforeAll
    static void parse() throws Exception {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource("Jenkinsfile.example", Files.readString(FILE));
        unit.compile(Phases.CONVERSION); // a syntax error fails here
        ModuleNode module = unit.getAST().getModules().get(0);
        module.getStatementBlock().visit(new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                Map<String, Expression> named = new LinkedHashMap<>();
                List<Expression> positional = new ArrayList<>();
                if (call.getArguments() instanceof TupleExpression tuple) {
                    for (Expression e : tuple.getExpressions()) {
                        if (e instanceof MapExpression map) {
                            for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                                named.put(entry.getKeyExpression().getText(), entry.getValueExpression());
                            }
                        } else {
                            positional.add(e);
                        }
                    }
                }
                CALLS.add(new Call(call.getMethodAsString(), named, positional, call.getLineNumber()));
                super.visitMethodCallExpression(call);
            }
        });
    }

    List<Call> calls(String name) {
        return CALLS.stream().filter(c -> name.equals(c.name())).toList();
    }

    @Test
    void everyRampStepAndArgumentExistsInThePlugin() throws Exception {
        for (Call call : CALLS) {
            if (!call.name().startsWith("ramp")) {
                continue;
            }
            Class<?> step = STEPS.get(call.name());
            assertThat(step).as("line " + call.line() + ": " + call.name() + " is a step of the plugin").isNotNull();
            assertThat(functionName(step)).isEqualTo(call.name());
            assertThat(call.positional()).as(call.name() + " takes named arguments").isEmpty();
            assertThat(properties(step)).as("line " + call.line() + ": arguments of " + call.name())
                    .containsAll(call.arguments().keySet());
        }
        assertThat(calls("rampRun")).hasSize(1);
        assertThat(calls("rampStage")).hasSize(6);
        assertThat(calls("rampResurrect")).hasSize(6);
        assertThat(calls("rampRecord")).hasSize(1);
    }

    @Test
    void theRecordingHasAGateTheEngineAcceptsAndTheJUnitXmlIsPublished() throws Exception {
        Call record = calls("rampRecord").get(0);
        ListExpression gates = (ListExpression) record.arguments().get("qualityGates");
        List<QualityGateArgument> bound = new ArrayList<>();
        for (Expression gate : gates.getExpressions()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (MapEntryExpression entry : ((MapExpression) gate).getMapEntryExpressions()) {
                fields.put(entry.getKeyExpression().getText(), ((ConstantExpression) entry.getValueExpression()).getValue());
            }
            assertThat(properties(QualityGateArgument.class)).containsAll(fields.keySet());
            QualityGateArgument argument = new QualityGateArgument((String) fields.get("metric"),
                    ((Number) fields.get("threshold")).doubleValue());
            argument.setBaseline((String) fields.get("baseline"));
            argument.setCriticality((String) fields.get("criticality"));
            bound.add(argument);
        }
        assertThat(GateArguments.gates(bound).get(0).toSpec())
                .isEqualTo("metric=aei,baseline=reference,threshold=-2,criticality=unstable");
        Call junit = calls("junit").get(0);
        assertThat(junit.arguments().get("testResults").getText()).contains("ramp/").contains("junit.xml");
    }

    @Test
    void itIsADeclarativeNightlyMatrixOverModelWithAStageAndAResurrectionPerRampStage() {
        assertThat(calls("pipeline")).hasSize(1);
        assertThat(calls("cron")).hasSize(1);
        assertThat(calls("cron").get(0).positional().get(0).getText()).isEqualTo("H 2 * * *");
        assertThat(calls("matrix")).hasSize(1);
        assertThat(calls("axis")).hasSize(1);
        assertThat(calls("name").stream().map(c -> c.positional().get(0).getText())).contains("MODEL");
        Set<String> parameters = new HashSet<>();
        calls("string").forEach(c -> parameters.add(c.constant("name")));
        assertThat(parameters).contains("MODELS", "ENDPOINT", "CREDENTIALS_ID");
        List<String> stageNames = calls("stage").stream().map(c -> c.positional().get(0).getText()).toList();
        assertThat(stageNames).containsSubsequence("Run", "T0", "T1", "T2", "T3", "T4", "T5", "Record");
        List<String> staged = calls("rampStage").stream().map(c -> c.constant("stage")).toList();
        List<String> resurrected = calls("rampResurrect").stream().map(c -> c.constant("stage")).toList();
        assertThat(staged).containsExactly("T0", "T1", "T2", "T3", "T4", "T5").isEqualTo(resurrected);
        staged.forEach(stage -> assertThat(RunFolder.stageProblem(stage)).isNull());
        assertThat(calls("unstable")).hasSize(6);
        // without a credential the noop agent runs: anyone with Docker can run it
        assertThat(calls("rampRun").get(0).arguments().get("agent").getText()).contains("noop");
    }

    private static String functionName(Class<?> step) throws Exception {
        for (Class<?> nested : step.getClasses()) {
            if (StepDescriptor.class.isAssignableFrom(nested)) {
                return ((StepDescriptor) nested.getConstructor().newInstance()).getFunctionName();
            }
        }
        throw new AssertionError(step + " has no descriptor");
    }

    /** The arguments Pipeline binds: @DataBoundConstructor parameters and @DataBoundSetter properties. */
    static Set<String> properties(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (var c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                for (var p : c.getParameters()) {
                    names.add(p.getName());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class)) {
                names.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
            }
        }
        return names;
    }
}

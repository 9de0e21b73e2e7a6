package org.ramp.grading;

import org.ramp.grading.ast.AstGrader;
import org.ramp.grading.execution.CostGrader;
import org.ramp.grading.execution.RunAndCompareGrader;
import org.ramp.grading.tokens.TokenGrader;
import org.ramp.workload.GraderSpec;
import org.ramp.workload.Stage;

/** The grader a stage names in the workload file, with its parameters. */
public final class Graders {
    private Graders() {
    }

    public static Grader forStage(Stage stage) {
        GraderSpec spec = stage.grader();
        long maxBytes = stage.limits().maxOutputBytes();
        String expected = stage.output().orElse("");
        return switch (spec.kind()) {
            case EXIT_STATUS -> new ExitStatusGrader();
            case TOKENS -> new TokenGrader(spec.weight("kindAndSpelling"), spec.weight("location"),
                    spec.weight("flags"), expected, maxBytes);
            case AST -> new AstGrader(spec.weight("kindNameValue"), spec.weight("type"), expected, maxBytes);
            case IR_RUN -> RunAndCompareGrader.llvmIr(stage.limits());
            case IR_COST -> new CostGrader(stage.limits(), spec.costFormula());
            case RV64_RUN -> RunAndCompareGrader.rv64Assembly(stage.limits());
        };
    }
}

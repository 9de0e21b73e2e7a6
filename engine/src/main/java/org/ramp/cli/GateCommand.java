package org.ramp.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ramp.gates.GateEvaluation;
import org.ramp.gates.GateSpecException;
import org.ramp.gates.GateSpecs;
import org.ramp.gates.QualityGate;
import org.ramp.history.RunSummary;
import org.ramp.history.RunSummaryException;
import org.ramp.report.RunFileException;
import org.ramp.report.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ramp gate RUN... --gate SPEC...}: quality gates on runs, absolute or against reference runs. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Evaluate quality gates on one or more runs (the models of a build), each against the "
                + "reference run of the same name, and print a table of the results (or JSON) and the outcome: "
                + "the worst criticality among the gates that failed.",
            "A gate is metric=M,threshold=N[,baseline=absolute|reference][,criticality=note|unstable|failure]"
                + "[,stage=Tn]. Metrics: aei, meanReward, pipelineScore, passScore, strictScore, stage (a stage's "
                + "score, with stage=Tn), where higher is better; cost, tokens, tokensRamp, time, calls, "
                + "modelFailures, infrastructureFailures, where lower is better. Absolute: the value against the "
                + "threshold. Reference: the value minus the reference's (threshold=-2 for AEI: it may lose at most "
                + "2 points). Defaults: baseline=absolute, criticality=unstable. A reference gate without a "
                + "reference is not checked; a run that did not complete fails every gate on its metrics.",
            "A run is its folder or its run.json, optionally named NAME=PATH; its name is its run id otherwise. "
                + "With one run and one reference they are paired whatever their names."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no gate failed, or only notes", "1:an unstable or failure gate failed",
            "2:bad command line or bad input (the message names the option and the value)"})
final class GateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RUN", description = "a run to gate: [NAME=]folder or run.json")
    List<String> runs;

    @Option(names = "--reference", paramLabel = "RUN",
            description = "a reference run: [NAME=]folder or run.json; several for several models")
    List<String> references = new ArrayList<>();

    @Option(names = "--gate", paramLabel = "SPEC", required = true, converter = GateConverter.class,
            description = "a quality gate, e.g. metric=aei,baseline=reference,threshold=-2,criticality=unstable "
                    + "or metric=stage,stage=T3,threshold=60; repeat for several")
    List<QualityGate> gates;

    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Picocli names the option and the value with this message. */
    static final class GateConverter implements ITypeConverter<QualityGate> {
        @Override
        public QualityGate convert(String value) {
            try {
                return GateSpecs.parse(value);
            } catch (GateSpecException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        List<RunSummary> current;
        List<RunSummary> reference;
        GateEvaluation evaluation;
        try {
            current = summaries(runs, "RUN");
            reference = summaries(references, "--reference");
            if (current.size() == 1 && reference.size() == 1) {
                reference = List.of(reference.get(0).withName(current.get(0).name()));
            }
            evaluation = GateEvaluation.of(gates, current, reference);
        } catch (BadInput e) {
            spec.commandLine().getErr().println("ramp: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // two runs of one name: say how to tell them apart
            spec.commandLine().getErr().println("ramp: " + e.getMessage() + "; write RUN and --reference as "
                    + "NAME=PATH to name them");
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? evaluation.toJson() : evaluation.toText());
        out.flush();
        return evaluation.outcome().changesBuildResult() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private static List<RunSummary> summaries(List<String> arguments, String option) throws BadInput {
        List<RunSummary> summaries = new ArrayList<>();
        for (String argument : arguments) {
            String name = null;
            Path path = Path.of(argument);
            int equals = argument.indexOf('=');
            // NAME=PATH, unless the whole argument is a path that exists (a folder may have '=' in its name)
            if (equals > 0 && !argument.substring(0, equals).contains("/") && !Files.exists(path)) {
                name = argument.substring(0, equals);
                path = Path.of(argument.substring(equals + 1));
            }
            try {
                summaries.add(RunSummary.of(RunFiles.read(path), name));
            } catch (RunFileException e) {
                throw new BadInput(option + " " + argument + ": " + e.getMessage());
            } catch (RunSummaryException e) {
                throw new BadInput(option + " " + argument + ": " + RunFiles.runJson(path) + ": " + e.getMessage());
            }
        }
        return summaries;
    }

    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}

package org.ramp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Gates, trends and leaderboards run on the Jenkins controller: they work on run summaries and may not
 * reach Docker, the model gateway, agents, the orchestrator or the command line.
 */
@AnalyzeClasses(packages = "org.ramp", importOptions = ImportOption.DoNotIncludeTests.class)
class GatesAndHistoryAreModelsTest {

    @ArchTest
    static final ArchRule MODELS_ONLY = noClasses().that().resideInAnyPackage("org.ramp.history..", "org.ramp.gates..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ramp.sandbox..", "org.ramp.run..",
                    "org.ramp.agents..", "org.ramp.gateway..", "org.ramp.toolchain..", "org.ramp.golden..",
                    "org.ramp.grading..", "org.ramp.validate..", "org.ramp.bench..", "org.ramp.cli..",
                    "com.github.dockerjava..", "picocli..")
            .because("the plugin evaluates gates and draws trends on the controller, from summaries alone");
}

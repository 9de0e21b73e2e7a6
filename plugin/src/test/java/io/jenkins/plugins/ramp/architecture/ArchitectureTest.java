package io.jenkins.plugins.ramp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin stays a thin layer: it reaches the engine only through the entry points it needs (its results
 * records and reader, and the price table's parser for form validation), and its plain classes, which the unit
 * tests cover, use no Jenkins class at all. (The engine's own ArchitectureTest keeps the engine free of Jenkins.)
 */
class ArchitectureTest {
    /** The engine's public entry points the plugin uses. */
    static final String[] ENGINE_ENTRY_POINTS = {
        "org.ramp.results.RunResults", "org.ramp.results.RunResult", "org.ramp.results.RunResult$Toolchain",
        "org.ramp.results.RunResult$Workload", "org.ramp.results.StageResult", "org.ramp.results.RunMetrics",
        "org.ramp.results.RunTotals", "org.ramp.results.RunSettings", "org.ramp.results.Usage",
        "org.ramp.results.Failure", "org.ramp.results.FailureClass", "org.ramp.results.StageStatus",
        "org.ramp.results.InputSource", "org.ramp.results.RunStatus", "org.ramp.gateway.PriceTable",
        "org.ramp.gateway.ModelPrice",
    };

    static final JavaClasses PLUGIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.ramp");

    @Test
    void thePluginReachesOnlyTheEnginesEntryPoints() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.ramp..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "engine classes other than " + String.join(", ", ENGINE_ENTRY_POINTS),
                        c -> c.getPackageName().startsWith("org.ramp")
                                && !java.util.Arrays.asList(ENGINE_ENTRY_POINTS).contains(c.getName())))
                .check(PLUGIN);
    }

    @Test
    void thePlainClassesUseNoJenkinsClass() {
        noClasses().that().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.RunOptions")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.RunOptionsCheck")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.EngineCommandLine")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.EngineSettings")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.ExitStatus")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.RunFolder")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.engine.KeyedLocks")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.credentials.SecretMaskingStream")
                .or().haveFullyQualifiedName("io.jenkins.plugins.ramp.config.Settings")
                .or().resideInAPackage("io.jenkins.plugins.ramp.results")
                .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                        "org.jenkinsci..", "com.cloudbees..", "org.springframework..")
                .check(PLUGIN);
    }
}

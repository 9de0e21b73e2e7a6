package org.ramp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine runs without Jenkins: it may not use any Jenkins, Stapler or Jenkins plugin class. */
@AnalyzeClasses(packages = "org.ramp", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineIsJenkinsFreeTest {

    @ArchTest
    static final ArchRule NO_JENKINS = noClasses().that().resideInAPackage("org.ramp..")
            .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                    "org.jenkinsci..", "io.jenkins..", "com.cloudbees..")
            .because("the engine is a Jenkins-free library; the plugin is a thin layer on top of it");

    @ArchTest
    static final ArchRule GRADING_DOES_NOT_DEPEND_ON_COMMANDS = noClasses().that()
            .resideInAnyPackage("org.ramp.grading..", "org.ramp.workload..", "org.ramp.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ramp.cli..", "org.ramp.validate..",
                    "org.ramp.golden..")
            .because("the core packages are used by the command line, never the other way round");
}

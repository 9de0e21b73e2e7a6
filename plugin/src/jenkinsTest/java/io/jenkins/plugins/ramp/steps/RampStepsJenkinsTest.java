package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.ramp.config.RampGlobalConfiguration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What only a running Jenkins shows, in a JenkinsRule Jenkins (pom-jenkins.xml only): the Snippet Generator's round
 * trip through the real DescribableModel, the global configuration's form round trip, and a step's refusal of a bad
 * name in a real Pipeline (which needs no Docker: the name is checked before anything starts).
 */
@WithJenkins
class RampStepsJenkinsTest {
    @Test
    void theSnippetGeneratorRoundTrips(JenkinsRule r) throws Exception {
        SnippetizerTester st = new SnippetizerTester(r);
        st.assertRoundTrip(new RampStageStep("T1"), "rampStage 'T1'");
        RampResurrectStep resurrect = new RampResurrectStep("T2");
        resurrect.setRun("gpt-4o");
        st.assertRoundTrip(resurrect, "rampResurrect run: 'gpt-4o', stage: 'T2'");
        RampRunStep run = new RampRunStep("baseline");
        run.setAgent("noop");
        run.setMaxCalls(100L);
        st.assertRoundTrip(run, "rampRun agent: 'noop', maxCalls: 100, name: 'baseline'");
    }

    @Test
    void theGlobalConfigurationRoundTrips(JenkinsRule r) throws Exception {
        RampGlobalConfiguration config = RampGlobalConfiguration.get();
        config.setToolchainImage("ramp-toolchain:abc");
        config.setTimeScale(10000.0);
        r.configRoundtrip();
        assertThat(RampGlobalConfiguration.get().getToolchainImage()).isEqualTo("ramp-toolchain:abc");
        assertThat(RampGlobalConfiguration.get().getTimeScale()).isEqualTo(10000.0);
    }

    @Test
    void aBadRunNameFailsTheStepWithItsReason(JenkinsRule r) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        job.setDefinition(new CpsFlowDefinition("node { rampRun(name: '../escape', agent: 'noop') }", true));
        WorkflowRun build = r.buildAndAssertStatus(hudson.model.Result.FAILURE, job);
        r.assertLogContains("is not a plain file name", build);
    }
}

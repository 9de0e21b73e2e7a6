package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.ramp.actions.RampBuildAction;
import io.jenkins.plugins.ramp.actions.RampJobAction;
import io.jenkins.plugins.ramp.gates.QualityGateArgument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;

/**
 * Recording in a JenkinsRule Jenkins (pom-jenkins.xml only): the Snippet Generator's round trip of rampRecord and its
 * gates; with Docker on the machine (skipped otherwise), real Pipelines that run the engine on the built-in node:
 * the build action and its REST API, the gate that fails the build, the job's trend data, the permission a reader
 * needs, JEP-200 with the action in build.xml, and the secret nowhere (console, build folder, workspace).
 */
@WithJenkins
class RampRecordJenkinsTest {
    static final String PROGRAMS = "func_ackermann_small";

    static boolean docker() {
        try {
            return new ProcessBuilder("docker", "info").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theSnippetGeneratorRoundTripsRecordingAndGates(JenkinsRule r) throws Exception {
        SnippetizerTester st = new SnippetizerTester(r);
        st.assertRoundTrip(new RampRecordStep(), "rampRecord()");
        RampRecordStep step = new RampRecordStep();
        QualityGateArgument gate = new QualityGateArgument("AEI", -2.0);
        gate.setBaseline("REFERENCE");
        step.setQualityGates(List.of(gate));
        step.setRuns("gpt-4o");
        st.assertRoundTrip(step, "rampRecord qualityGates: [[baseline: 'REFERENCE', metric: 'aei', threshold: -2.0]], "
                + "runs: 'gpt-4o'");
    }

    @Test
    void aFailingGateFailsTheBuildAndTheResultsAreOnTheBuildAndJobPages(JenkinsRule r) throws Exception {
        assumeTrue(docker(), "needs a Docker engine");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ).everywhere().to("outsider"));
        WorkflowJob job = r.createProject(WorkflowJob.class, "ramp");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  rampRun(name: 'baseline', agent: 'noop', programs: '" + PROGRAMS + "')\n"
                + "  rampStage(stage: 'T0')\n"
                + "  def gates = rampRecord(qualityGates: [[metric: 'stage', stage: 'T0', threshold: 101, "
                + "criticality: 'FAILURE']])\n"
                + "  echo \"outcome=${gates.outcome}\"\n"
                + "}", true));
        WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);
        r.assertLogContains("outcome=failure", build);
        RampBuildAction action = build.getAction(RampBuildAction.class);
        assertThat(action).isNotNull();
        assertThat(action.getGateOutcome()).isEqualTo("failure");
        assertThat(build.getRootDir().toPath().resolve("ramp/baseline/run.json")).exists();
        assertThat(build.getRootDir().toPath().resolve("ramp/baseline/junit.xml")).exists();

        // JEP-200: the build with its action is written and read back
        String xml = Run.XSTREAM2.toXML(build);
        assertThat(xml).contains("io.jenkins.plugins.ramp.actions.RampBuildAction").contains("summaryJson");
        build.save();
        build.reload();
        assertThat(build.getAction(RampBuildAction.class).summaries()).hasSize(1);

        JenkinsRule.WebClient reader = r.createWebClient().login("reader");
        JSONObject api = reader.getJSON(build.getUrl() + "ramp/api/json").getJSONObject();
        assertThat(api.getString("gateOutcome")).isEqualTo("failure");
        assertThat(api.getJSONArray("runs").getJSONObject(0).getString("name")).isEqualTo("baseline");
        JSONObject buildApi = reader.getJSON(build.getUrl() + "api/json").getJSONObject();
        assertThat(buildApi.toString()).contains("\"gateOutcome\":\"failure\"");
        assertThat(reader.goTo(build.getUrl() + "ramp/").asNormalizedText()).contains("Leaderboard", "baseline");
        assertThat(reader.goTo(build.getUrl() + "ramp/run/baseline/").asNormalizedText()).contains("Stages", "T0");
        assertThat(reader.goTo(build.getUrl() + "ramp/run/baseline/download/report.html", "application/octet-stream")
                .getWebResponse().getResponseHeaderValue("Content-Disposition")).startsWith("attachment");
        assertThat(job.getAction(RampJobAction.class)).isNotNull();
        JSONObject trend = JSONObject.fromObject(reader.goTo(job.getUrl() + "ramp/trend?builds=10", "application/json")
                .getWebResponse().getContentAsString());
        assertThat(trend.getJSONArray("builds").getString(0)).isEqualTo("#1");

        JenkinsRule.WebClient outsider = r.createWebClient().login("outsider");
        outsider.setThrowExceptionOnFailingStatusCode(false);
        assertThat(outsider.goTo(build.getUrl() + "ramp/api/json", null).getWebResponse().getStatusCode())
                .isEqualTo(404);
        assertThat(outsider.goTo(job.getUrl() + "ramp/trend", null).getWebResponse().getStatusCode()).isEqualTo(404);
    }

    @Test
    void theSecretIsInNoConsoleLineBuildFileOrWorkspaceFile(JenkinsRule r) throws Exception {
        assumeTrue(docker(), "needs a Docker engine");
        String secret = "sk-jenkins-secret-" + System.nanoTime();
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL,
                "key", "RAMP test key", Secret.fromString(secret)));
        String usage = "{\"prompt_tokens\": 100, \"completion_tokens\": 10, \"total_tokens\": 110}";
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.toolCall("c1", "run_shell", "{\"command\": \"echo " + secret + "\"}", usage),
                CannedResponse.message("the key is " + secret, usage))) {
            WorkflowJob job = r.createProject(WorkflowJob.class, "secret");
            job.setDefinition(new CpsFlowDefinition("node {\n"
                    + "  rampRun(name: 'm', model: '" + LocalEndpoint.MODEL + "', endpoint: '" + endpoint.baseUrl()
                    + "', credentialsId: 'key', price: '1,0.5,2', maxTurns: 3, programs: '" + PROGRAMS + "')\n"
                    + "  rampStage(stage: 'T0')\n"
                    + "  rampRecord()\n"
                    + "}", true));
            WorkflowRun build = r.buildAndAssertSuccess(job);
            assertThat(endpoint.requests().get(0).header("Authorization")).isEqualTo("Bearer " + secret);
            r.assertLogNotContains(secret, build);
            scan(build.getRootDir().toPath(), secret);
            scan(r.jenkins.getWorkspaceFor(job).getRemote() == null ? null
                    : Path.of(r.jenkins.getWorkspaceFor(job).getRemote()), secret);
        }
    }

    static void scan(Path root, String secret) throws Exception {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(secret);
            }
        }
    }
}

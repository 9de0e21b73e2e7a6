package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import org.junit.jupiter.api.Test;

/** How later steps find their run: by name, or as the single run of their workspace in this build. */
class StartedRunsTest {
    @Test
    void aSingleRunInTheWorkspaceNeedsNoName() throws AbortException {
        StartedRuns runs = new StartedRuns();
        runs.add("gpt-4o", "agent-1", "/ws/a", "key-1");
        runs.add("claude", "agent-2", "/ws/a", "key-2");
        assertThat(runs.find(null, "agent-1", "/ws/a").credentialsId).isEqualTo("key-1");
        assertThat(runs.find("claude", "agent-2", "/ws/a").credentialsId).isEqualTo("key-2");
    }

    @Test
    void severalRunsInOneWorkspaceMustBeNamed() throws AbortException {
        StartedRuns runs = new StartedRuns();
        runs.add("b", "n", "/ws", null);
        runs.add("a", "n", "/ws", null);
        assertThatThrownBy(() -> runs.find(null, "n", "/ws")).isInstanceOf(AbortException.class)
                .hasMessage("this workspace holds several RAMP runs [a, b]; name one with run: 'a'");
    }

    @Test
    void aRunIsFoundOnlyWhereItLives() throws AbortException {
        StartedRuns runs = new StartedRuns();
        runs.add("gpt-4o", "agent-1", "/ws/a", null);
        assertThatThrownBy(() -> runs.find("gpt-4o", "agent-2", "/ws/a")).hasMessageContaining("lives in /ws/a on agent-1");
        assertThatThrownBy(() -> runs.find("other", "agent-1", "/ws/a"))
                .hasMessageContaining("no RAMP run named 'other' was started in this build")
                .hasMessageContaining("(runs of this build: [gpt-4o])");
        assertThatThrownBy(() -> runs.find(null, "agent-1", "/ws/b")).hasMessageContaining("call rampRun");
    }

    @Test
    void aNameIsOneRunPerBuild() throws AbortException {
        StartedRuns runs = new StartedRuns();
        runs.add("gpt-4o", "agent-1", "/ws/a", "k");
        // found again in the same place: fine (rampRun is idempotent)
        runs.add("gpt-4o", "agent-1", "/ws/a", "k");
        assertThatThrownBy(() -> runs.add("gpt-4o", "agent-2", "/ws/a", "k"))
                .hasMessageContaining("give each run of a build its own name");
    }
}

package org.ramp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobBatchTest {

    @Test
    void aGroupStaysTogetherOnOneShardAndShardsAreBalanced() {
        JobBatch batch = new JobBatch();
        batch.add("a", job("a1")).add("a", job("a2").after("a1")).add("a", job("a3").after("a2"));
        batch.add("b", job("b1")).add("c", job("c1")).add("d", job("d1"));
        List<List<Job>> shards = batch.shards(2);
        assertThat(shards).hasSize(2);
        assertThat(shards.get(0)).extracting(Job::id).containsExactly("a1", "a2", "a3");
        assertThat(shards.get(1)).extracting(Job::id).containsExactlyInAnyOrder("b1", "c1", "d1");
    }

    @Test
    void emptyShardsAreDropped() {
        JobBatch batch = new JobBatch().add("only", job("x"));
        assertThat(batch.shards(8)).hasSize(1);
    }

    @Test
    void dependenciesMustBeEarlierJobsOfTheSameGroup() {
        JobBatch batch = new JobBatch().add("a", job("a1"));
        assertThatThrownBy(() -> batch.add("b", job("b1").after("a1")))
                .hasMessageContaining("neither an earlier job of group b nor a first job");
        assertThatThrownBy(() -> batch.add("a", job("a1"))).hasMessageContaining("used twice");
    }

    @Test
    void jobIdsMustBeFileNames() {
        assertThatThrownBy(() -> job("../escape")).hasMessageContaining("plain file name");
    }

    private static Job job(String id) {
        return Job.of(id, "/", "true", 1, 10);
    }
}

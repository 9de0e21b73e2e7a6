package org.ramp.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a container is created with. Grade containers have no network at all.
 *
 * @param user     "uid:gid" the command runs as; never root
 * @param network  Docker network mode ("none" for grade containers)
 * @param timeout  after this the container is killed and the run counts as timed out
 */
public record ContainerSpec(String image, List<String> command, List<Mount> mounts, String user,
        long memoryBytes, double cpus, long pidsLimit, String network, Map<String, String> labels,
        Duration timeout) {

    public ContainerSpec {
        command = List.copyOf(command);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
    }
}

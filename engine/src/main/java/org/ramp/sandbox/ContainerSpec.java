package org.ramp.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a container is created with. Grade containers have no network at all.
 *
 * @param user      "uid:gid" the command runs as
 * @param network   Docker network mode ("none" for grade containers)
 * @param timeout   after this the container is killed and the run counts as timed out
 * @param hardening privileges and mounts beyond Docker's defaults
 */
public record ContainerSpec(String image, List<String> command, List<Mount> mounts, String user,
        long memoryBytes, double cpus, long pidsLimit, String network, Map<String, String> labels,
        Duration timeout, Hardening hardening) {

    /**
     * @param noNewPrivileges no process gains privileges by executing a file (setuid and setgid bits,
     *                        file capabilities): what a step of one uid builds cannot lift another
     * @param capabilities    when not null, every capability is dropped but these
     * @param tmpfs           memory file systems by container path, with their mount options; they are
     *                        the container runtime's, so no host path shows in the container's mount table
     */
    public record Hardening(boolean noNewPrivileges, List<String> capabilities, Map<String, String> tmpfs) {
        public static final Hardening NONE = new Hardening(false, null, Map.of());

        public Hardening {
            capabilities = capabilities == null ? null : List.copyOf(capabilities);
            tmpfs = Map.copyOf(tmpfs);
        }
    }

    public ContainerSpec {
        command = List.copyOf(command);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
    }
}

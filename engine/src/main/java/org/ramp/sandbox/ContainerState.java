package org.ramp.sandbox;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * What the container runtime says of a container at one moment: the evidence for deciding whether a
 * container that stopped was stopped from outside.
 *
 * @param exists    false when the container is gone (removed from outside)
 * @param status    Docker's word: running, paused, exited, dead...
 * @param oomKilled Docker's flag that the kernel killed a process of the container for memory
 * @param error     the runtime's own error, if it gave one
 */
public record ContainerState(boolean exists, String status, boolean running, int exitCode, boolean oomKilled,
        String error, String finishedAt) {

    public static ContainerState of(DockerEngine docker, String id) {
        try {
            InspectContainerResponse.ContainerState state = docker.client().inspectContainerCmd(id).exec().getState();
            return new ContainerState(true, String.valueOf(state.getStatus()), Boolean.TRUE.equals(state.getRunning()),
                    state.getExitCodeLong() == null ? -1 : state.getExitCodeLong().intValue(),
                    Boolean.TRUE.equals(state.getOOMKilled()), state.getError() == null ? "" : state.getError(),
                    state.getFinishedAt() == null ? "" : state.getFinishedAt());
        } catch (NotFoundException e) {
            return new ContainerState(false, "removed", false, -1, false, "", "");
        } catch (RuntimeException e) {
            throw new SandboxException("the Docker engine cannot say how container " + DockerEngine.shortId(id)
                    + " is: " + DockerEngine.rootMessage(e), e);
        }
    }

    /** "exited with status 137 at 2025-01-01T10:00:00Z, OOMKilled false": for a failure's evidence. */
    public String describe() {
        if (!exists) {
            return "the container was removed";
        }
        String ended = running ? status : status + " with status " + exitCode + (finishedAt.isEmpty() ? ""
                : " at " + finishedAt);
        return ended + ", OOMKilled " + oomKilled + (error.isBlank() ? "" : ", runtime error: " + error.strip());
    }
}

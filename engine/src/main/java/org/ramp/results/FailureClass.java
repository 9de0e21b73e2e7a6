package org.ramp.results;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a stage failed, in RAMP's taxonomy. Infrastructure failures are the harness's and configuration
 * failures the user's set-up's, not the model's: every total keeps the three apart.
 */
public enum FailureClass {
    /** The conversation outgrew the model's context window (the endpoint answered a context-length error). */
    CONTEXT("context"),
    /** The agent stopped or skipped the task while budget remained. */
    PLANNING("planning"),
    /** The agent kept searching and debugging until its call, turn or time budget ran out. */
    REASONING("reasoning"),
    /** The build broke, tool calls failed, files were corrupted. */
    TOOLING("tooling-and-integration"),
    /** The container, the engine or the endpoint failed: not the model. */
    INFRASTRUCTURE("infrastructure"),
    /** A token or dollar budget ran out. */
    COST_OVERRUN("cost-overrun"),
    /**
     * The agent program could not start (command not found, not executable, a missing interpreter) or
     * ended with an error before its first model call: the run's set-up, not the model.
     */
    CONFIGURATION("configuration"),
    /**
     * The stage's rules were broken: the program tried to run the reference toolchain, or the build holds
     * what the stage forbids it to link (libclang, LLVM's transformations or code generator). The stage
     * scores 0 whatever its outputs, and the evidence names the command or the symbol.
     */
    RULE_VIOLATION("rule-violation");

    private final String id;

    FailureClass(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Every class but infrastructure and configuration. */
    public boolean isModelFailure() {
        return this != INFRASTRUCTURE && this != CONFIGURATION;
    }
}

package io.jenkins.plugins.ramp.steps;

import io.jenkins.plugins.ramp.config.Settings;
import io.jenkins.plugins.ramp.engine.RunOptions;
import java.util.Objects;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The arguments of a RAMP run that {@code rampRun} and {@code rampAssess} share: the run's name (mandatory) and the
 * options of {@code ramp start} (optional; left out, the engine's default). Getters and setters are named as the
 * arguments so that Pipeline's binding and the Snippet Generator read and write them.
 */
public abstract class RunArguments extends Step {
    private final String name;
    private String credentialsId;
    private final RunOptions options = new RunOptions();

    protected RunArguments(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Settings.blankToNull(credentialsId);
    }

    public String getAgent() {
        return options.agent;
    }

    @DataBoundSetter
    public void setAgent(String agent) {
        String value = Settings.blankToNull(agent);
        options.agent = value == null ? RunOptions.Agents.BUILTIN : value;
    }

    public String getMode() {
        return options.mode;
    }

    @DataBoundSetter
    public void setMode(String mode) {
        String value = Settings.blankToNull(mode);
        options.mode = value == null ? RunOptions.Modes.CHAIN : value;
    }

    public String getModel() {
        return options.model;
    }

    @DataBoundSetter
    public void setModel(String model) {
        options.model = Settings.blankToNull(model);
    }

    public String getEndpoint() {
        return options.endpoint;
    }

    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        options.endpoint = Settings.blankToNull(endpoint);
    }

    public String getAgentCommand() {
        return options.agentCommand;
    }

    @DataBoundSetter
    public void setAgentCommand(String agentCommand) {
        options.agentCommand = Settings.blankToNull(agentCommand);
    }

    public String getAgentImage() {
        return options.agentImage;
    }

    @DataBoundSetter
    public void setAgentImage(String agentImage) {
        options.agentImage = Settings.blankToNull(agentImage);
    }

    public String getReplay() {
        return options.replay;
    }

    @DataBoundSetter
    public void setReplay(String replay) {
        options.replay = Settings.blankToNull(replay);
    }

    public Long getMaxCalls() {
        return options.maxCalls;
    }

    @DataBoundSetter
    public void setMaxCalls(Long maxCalls) {
        options.maxCalls = maxCalls;
    }

    public Long getMaxSeconds() {
        return options.maxSeconds;
    }

    @DataBoundSetter
    public void setMaxSeconds(Long maxSeconds) {
        options.maxSeconds = maxSeconds;
    }

    public Long getMaxTokens() {
        return options.maxTokens;
    }

    @DataBoundSetter
    public void setMaxTokens(Long maxTokens) {
        options.maxTokens = maxTokens;
    }

    public Double getMaxDollars() {
        return options.maxDollars;
    }

    @DataBoundSetter
    public void setMaxDollars(Double maxDollars) {
        options.maxDollars = maxDollars;
    }

    public Long getStageMaxCalls() {
        return options.stageMaxCalls;
    }

    @DataBoundSetter
    public void setStageMaxCalls(Long stageMaxCalls) {
        options.stageMaxCalls = stageMaxCalls;
    }

    public Long getStageMaxTokens() {
        return options.stageMaxTokens;
    }

    @DataBoundSetter
    public void setStageMaxTokens(Long stageMaxTokens) {
        options.stageMaxTokens = stageMaxTokens;
    }

    public Double getStageMaxDollars() {
        return options.stageMaxDollars;
    }

    @DataBoundSetter
    public void setStageMaxDollars(Double stageMaxDollars) {
        options.stageMaxDollars = stageMaxDollars;
    }

    public Long getStageMaxSeconds() {
        return options.stageMaxSeconds;
    }

    @DataBoundSetter
    public void setStageMaxSeconds(Long stageMaxSeconds) {
        options.stageMaxSeconds = stageMaxSeconds;
    }

    public Integer getMaxTurns() {
        return options.maxTurns;
    }

    @DataBoundSetter
    public void setMaxTurns(Integer maxTurns) {
        options.maxTurns = maxTurns;
    }

    public Double getTemperature() {
        return options.temperature;
    }

    @DataBoundSetter
    public void setTemperature(Double temperature) {
        options.temperature = temperature;
    }

    public String getConversation() {
        return options.conversation;
    }

    @DataBoundSetter
    public void setConversation(String conversation) {
        options.conversation = Settings.blankToNull(conversation);
    }

    public Integer getContextWindow() {
        return options.contextWindow;
    }

    @DataBoundSetter
    public void setContextWindow(Integer contextWindow) {
        options.contextWindow = contextWindow;
    }

    public String getPrice() {
        return options.price;
    }

    @DataBoundSetter
    public void setPrice(String price) {
        options.price = Settings.blankToNull(price);
    }

    public String getPrices() {
        return options.prices;
    }

    @DataBoundSetter
    public void setPrices(String prices) {
        options.prices = Settings.blankToNull(prices);
    }

    public String getPrograms() {
        return options.programs;
    }

    @DataBoundSetter
    public void setPrograms(String programs) {
        options.programs = Settings.blankToNull(programs);
    }

    /** A copy of the options, for the execution (which must not share the step's state). */
    public RunOptions options() {
        RunOptions copy = new RunOptions();
        copy.model = options.model;
        copy.endpoint = options.endpoint;
        copy.agent = options.agent;
        copy.agentCommand = options.agentCommand;
        copy.agentImage = options.agentImage;
        copy.replay = options.replay;
        copy.mode = options.mode;
        copy.maxCalls = options.maxCalls;
        copy.maxSeconds = options.maxSeconds;
        copy.maxTokens = options.maxTokens;
        copy.maxDollars = options.maxDollars;
        copy.stageMaxCalls = options.stageMaxCalls;
        copy.stageMaxTokens = options.stageMaxTokens;
        copy.stageMaxDollars = options.stageMaxDollars;
        copy.stageMaxSeconds = options.stageMaxSeconds;
        copy.maxTurns = options.maxTurns;
        copy.temperature = options.temperature;
        copy.conversation = options.conversation;
        copy.contextWindow = options.contextWindow;
        copy.price = options.price;
        copy.prices = options.prices;
        copy.programs = options.programs;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        RunArguments other = (RunArguments) o;
        return Objects.equals(name, other.name) && Objects.equals(credentialsId, other.credentialsId)
                && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, credentialsId, options);
    }
}

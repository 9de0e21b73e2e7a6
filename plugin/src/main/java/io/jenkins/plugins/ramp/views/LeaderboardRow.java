package io.jenkins.plugins.ramp.views;

import io.jenkins.plugins.ramp.engine.RunFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.history.Leaderboard;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;

/** One row of a build's leaderboard (the engine's {@link Leaderboard}: AEI, then mean reward, pipeline, cost). */
public final class LeaderboardRow {
    private final Leaderboard.Entry entry;

    private LeaderboardRow(Leaderboard.Entry entry) {
        this.entry = entry;
    }

    public static List<LeaderboardRow> of(List<RunSummary> runs) {
        List<LeaderboardRow> rows = new ArrayList<>();
        for (Leaderboard.Entry entry : Leaderboard.of(runs).entries()) {
            rows.add(new LeaderboardRow(entry));
        }
        return rows;
    }

    public String getRank() {
        return entry.rank() == null ? "-" : entry.rank().toString();
    }

    public String getName() {
        return ViewText.line(entry.name(), 80);
    }

    /** The name in the run page's URL, only when it is a plain file name (every rampRun name is one); else null. */
    public String getLinkName() {
        return entry.name() != null && RunFolder.nameProblem(entry.name()) == null ? entry.name() : null;
    }

    public String getModel() {
        return ViewText.line(entry.model(), 80);
    }

    public String getAgent() {
        return ViewText.line(entry.agent(), 40);
    }

    public String getStatus() {
        return ViewText.line(entry.status(), 40);
    }

    public boolean isComplete() {
        return entry.complete();
    }

    public String getAei() {
        return Formats.byUnit(entry.aei(), "score");
    }

    public String getMeanReward() {
        return Formats.byUnit(entry.meanReward(), "score");
    }

    public String getPipelineScore() {
        return Formats.byUnit(entry.pipelineScore(), "score");
    }

    public String getStage() {
        return Formats.byUnit(entry.stage() == null ? null : entry.stage().doubleValue(), "stage");
    }

    public String getStrictScore() {
        return Formats.byUnit(entry.strictScore(), "score");
    }

    public String getCost() {
        return Formats.byUnit(entry.costUsd(), "usd");
    }

    public String getTokens() {
        return Formats.byUnit(entry.tokens() == null ? null : entry.tokens().doubleValue(), "tokens");
    }

    public String getTime() {
        return Formats.byUnit(entry.seconds(), "seconds");
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rank", entry.rank());
        map.put("name", entry.name());
        map.put("model", entry.model());
        map.put("status", entry.status());
        map.put("aei", entry.aei());
        map.put("meanReward", entry.meanReward());
        map.put("pipelineScore", entry.pipelineScore());
        map.put("stage", entry.stage());
        map.put("costUsd", entry.costUsd());
        map.put("tokens", entry.tokens());
        map.put("seconds", entry.seconds());
        return map;
    }
}

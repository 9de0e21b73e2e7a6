package io.jenkins.plugins.ramp.archive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files of a run's folder a build keeps, and how large each may be: run.json, junit.xml, report.html and the
 * transcripts ({@code transcripts/T0.jsonl} .. {@code T5.jsonl}). Never the workspace, the agent's conversation or
 * anything else the agent could have shaped; never a link; never more than these bounds.
 */
public final class RunFiles {
    public static final String RUN_JSON = "run.json";
    public static final String JUNIT = "junit.xml";
    public static final String REPORT = "report.html";
    public static final String TRANSCRIPTS = "transcripts";
    static final List<String> TOP = List.of(RUN_JSON, JUNIT, REPORT);
    private static final Pattern TRANSCRIPT = Pattern.compile("T[0-5]\\.jsonl");
    private static final long MB = 1024L * 1024;
    /** run.json with every case is a few MB; the engine's own reader refuses more than 32 MB. */
    static final long RESULT_MAX = 32 * MB;
    /** A stage's transcript: every request repeats the conversation, so hundreds of calls reach tens of MB. */
    static final long TRANSCRIPT_MAX = 64 * MB;
    /** All files of one run together. */
    static final long TOTAL_MAX = 256 * MB;
    /** What one remote call carries. */
    static final int CHUNK = 4 * 1024 * 1024;

    private RunFiles() {
    }

    /** Whether a path relative to the run folder is one a build keeps. */
    public static boolean kept(String relative) {
        if (TOP.contains(relative)) {
            return true;
        }
        return relative != null && relative.startsWith(TRANSCRIPTS + "/")
                && TRANSCRIPT.matcher(relative.substring(TRANSCRIPTS.length() + 1)).matches();
    }

    /** The transcript file of a stage, relative to the run folder. */
    public static String transcript(String stage) {
        return TRANSCRIPTS + "/" + stage + ".jsonl";
    }

    static boolean transcriptName(String fileName) {
        return TRANSCRIPT.matcher(fileName).matches();
    }

    static long limit(String relative) {
        return relative.startsWith(TRANSCRIPTS + "/") ? TRANSCRIPT_MAX : RESULT_MAX;
    }
}

package io.jenkins.plugins.ramp.archive;

/** How a kept file is offered for download: which URL paths name one, its content type, its file name. */
public final class FileDownload {
    private FileDownload() {
    }

    /** The kept file a download URL's rest of path names ("/transcripts/T1.jsonl"), or null. */
    public static String relative(String restOfPath) {
        if (restOfPath == null) {
            return null;
        }
        String relative = restOfPath.startsWith("/") ? restOfPath.substring(1) : restOfPath;
        return RunFiles.kept(relative) ? relative : null;
    }

    public static String contentType(String relative) {
        if (relative.endsWith(".json") || relative.endsWith(".jsonl")) {
            return "application/json;charset=UTF-8";
        }
        if (relative.endsWith(".xml")) {
            return "application/xml;charset=UTF-8";
        }
        // report.html: a download, never rendered in Jenkins' origin
        return "application/octet-stream";
    }

    /** {@code attachment; filename="NAME-report.html"}: the name is a plain file name (RunFolder's rule). */
    public static String disposition(String name, String relative) {
        String file = relative.substring(relative.lastIndexOf('/') + 1);
        return "attachment; filename=\"" + name + "-" + file + "\"";
    }
}

package io.jenkins.plugins.ramp.archive;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the node: the files of a run folder a build keeps ({@link RunFiles}), each a regular file (a link is left
 * out, whatever it points to) within its bound, the folders on the way no links either.
 */
public final class ListRunFiles extends MasterToSlaveFileCallable<RunFile.Listing> {
    private static final long serialVersionUID = 1L;

    @Override
    public RunFile.Listing invoke(File runDir, VirtualChannel channel) throws IOException {
        Path root = runDir.toPath();
        Folders.checkRealFolder(root.getParent(), "the RAMP runs folder");
        Folders.checkRealFolder(root, "the run folder");
        List<String> candidates = new ArrayList<>(RunFiles.TOP);
        Path transcripts = root.resolve(RunFiles.TRANSCRIPTS);
        if (Files.isDirectory(transcripts, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(transcripts)) {
                entries.map(p -> p.getFileName().toString()).filter(RunFiles::transcriptName).sorted()
                        .forEach(name -> candidates.add(RunFiles.TRANSCRIPTS + "/" + name));
            }
        } else if (Files.exists(transcripts, LinkOption.NOFOLLOW_LINKS)) {
            return listing(candidates.subList(0, RunFiles.TOP.size()), root,
                    List.of("transcripts/ is not a folder (a link?); no transcript was kept"));
        }
        return listing(candidates, root, List.of());
    }

    private static RunFile.Listing listing(List<String> candidates, Path root, List<String> earlier) throws IOException {
        List<RunFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>(earlier);
        long total = 0;
        for (String relative : candidates) {
            Path file = root.resolve(relative);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!relative.startsWith(RunFiles.TRANSCRIPTS)) {
                    notes.add(relative + " is missing (the run was not finished?)");
                }
                continue;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                notes.add(relative + " is not a regular file (a link or a folder); not kept");
            } else if (attributes.size() > RunFiles.limit(relative)) {
                notes.add(relative + " has " + attributes.size() + " bytes, more than the " + RunFiles.limit(relative)
                        + " a build keeps; not kept");
            } else if (total + attributes.size() > RunFiles.TOTAL_MAX) {
                notes.add(relative + " left out: the run's files would exceed " + RunFiles.TOTAL_MAX + " bytes");
            } else {
                total += attributes.size();
                files.add(new RunFile(relative, attributes.size()));
            }
        }
        return new RunFile.Listing(files, notes);
    }
}

package org.ramp.agents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.ramp.util.Text;

/**
 * One stream of an agent program's output kept in a file of the run folder as it comes, so that a person
 * can follow it during the stage: the first {@code head} bytes as they arrive, then only the last
 * {@code tail} bytes, appended with a note of what was left out when the stream ends. A stream of any
 * length costs at most head + tail bytes of disk and tail bytes of memory.
 */
final class BoundedLog implements Consumer<byte[]>, AutoCloseable {
    /** Terminal colour and cursor sequences, which a CLI prints and a page or a log cannot show. */
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*"
            + "(\u0007|\u001b\\\\)?|\u001b[@-Z\\\\-_]");

    private final Path file;
    private final long head;
    private final byte[] ring;
    private OutputStream out;
    private long total;
    private long ringFill;
    private String failure;

    BoundedLog(Path file, long head, int tail) throws IOException {
        this.file = file;
        this.head = head;
        this.ring = new byte[tail];
        Files.deleteIfExists(file);
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public synchronized void accept(byte[] chunk) {
        int offset = 0;
        if (total < head) {
            int now = (int) Math.min(chunk.length, head - total);
            write(chunk, 0, now);
            offset = now;
        }
        for (int i = offset; i < chunk.length; i++) {
            ring[(int) (ringFill++ % ring.length)] = chunk[i];
        }
        total += chunk.length;
    }

    /** Bytes the program wrote to this stream, kept or not. */
    synchronized long total() {
        return total;
    }

    /** Whether some of the stream was left out of the file. */
    synchronized boolean truncated() {
        return ringFill > ring.length;
    }

    /** Appends what the ring kept, after a note of what was left out, and closes the file. */
    @Override
    public synchronized void close() {
        if (out == null) {
            return;
        }
        long dropped = Math.max(0, ringFill - ring.length);
        if (dropped > 0) {
            write(("\n[ramp: " + dropped + " bytes left out here]\n").getBytes(StandardCharsets.UTF_8), 0, -1);
        }
        int kept = (int) Math.min(ringFill, ring.length);
        int start = (int) ((ringFill - kept) % ring.length);
        byte[] ordered = new byte[kept];
        for (int i = 0; i < kept; i++) {
            ordered[i] = ring[(start + i) % ring.length];
        }
        write(ordered, 0, kept);
        if (failure != null) {
            write(("\n[ramp: the log could not be written completely: " + failure + "]\n")
                    .getBytes(StandardCharsets.UTF_8), 0, -1);
        }
        try {
            out.close();
        } catch (IOException e) {
            failure = e.getMessage();
        }
        out = null;
    }

    /**
     * The last lines of the file as a person may read them: terminal sequences removed, every other
     * control character escaped, at most {@code maxLines} lines and {@code maxChars} characters.
     */
    String tail(int maxLines, int maxChars) {
        byte[] bytes;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int read = (int) Math.min(length, maxChars * 4L);
            bytes = new byte[read];
            in.seek(length - read);
            in.readFully(bytes);
        } catch (IOException e) {
            return "(the log cannot be read: " + e.getMessage() + ")";
        }
        return printableTail(new String(bytes, StandardCharsets.UTF_8), maxLines, maxChars);
    }

    static String printableTail(String text, int maxLines, int maxChars) {
        String plain = ANSI.matcher(text).replaceAll("").replace("\r\n", "\n");
        List<String> lines = new ArrayList<>();
        for (String line : plain.strip().split("\n", -1)) {
            // a carriage return redraws the line: the text after the last one is what a terminal shows
            lines.add(Text.printable(line.substring(line.lastIndexOf('\r') + 1)));
        }
        List<String> kept = lines.subList(Math.max(0, lines.size() - maxLines), lines.size());
        String joined = String.join("\n", kept);
        return joined.length() <= maxChars ? joined : joined.substring(joined.length() - maxChars);
    }

    private void write(byte[] bytes, int offset, int length) {
        if (failure != null) {
            return;
        }
        try {
            out.write(bytes, offset, length < 0 ? bytes.length : length);
            out.flush();
        } catch (IOException e) {
            failure = e.getMessage();
        }
    }
}

package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

public final class FilePath {
    private FilePath() {
    }

    public String getRemote() {
        throw new UnsupportedOperationException("compile-only API");
    }


    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only API");
    }

    public FilePath getParent() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void renameTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void write(String content, String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public void untarFrom(InputStream in, TarCompression compression) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only API");
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }

    public enum TarCompression {
        NONE {
            @Override
            public InputStream extract(InputStream in) {
                throw new UnsupportedOperationException("compile-only API");
            }

            @Override
            public OutputStream compress(OutputStream out) {
                throw new UnsupportedOperationException("compile-only API");
            }
        },
        GZIP {
            @Override
            public InputStream extract(InputStream in) throws IOException {
                throw new UnsupportedOperationException("compile-only API");
            }

            @Override
            public OutputStream compress(OutputStream out) throws IOException {
                throw new UnsupportedOperationException("compile-only API");
            }
        };

        public abstract InputStream extract(InputStream in) throws IOException;

        public abstract OutputStream compress(OutputStream in) throws IOException;
    }
}

package hudson;

import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

public abstract class Launcher {
    private Launcher() {
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public boolean isUnix() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public final ProcStarter launch() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public final class ProcStarter {
        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("compile-only API");
        }

        public ProcStarter envs(Map<String, String> overrides) {
            throw new UnsupportedOperationException("compile-only API");
        }

        public ProcStarter pwd(FilePath workDir) {
            throw new UnsupportedOperationException("compile-only API");
        }

        public ProcStarter stdout(OutputStream out) {
            throw new UnsupportedOperationException("compile-only API");
        }

        public Proc start() throws IOException {
            throw new UnsupportedOperationException("compile-only API");
        }
    }
}

package hudson;

import java.io.IOException;

public class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
        throw new UnsupportedOperationException("compile-only API");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only API");
    }
}

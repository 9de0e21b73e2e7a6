package hudson;

import java.io.IOException;

public class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Exceptions keep their message (as the real one does), so that tests of the plugin can read it. */
    public AbortException() {
    }

    public AbortException(String message) {
        super(message);
    }
}

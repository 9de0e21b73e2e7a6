package hudson.model;

import java.io.Serializable;

public final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Result UNSTABLE = null;

    private Result() {
    }

}

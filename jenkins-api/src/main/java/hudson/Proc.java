package hudson;

import java.io.IOException;

public abstract class Proc {
    protected Proc() {
    }

    public abstract int join() throws IOException, InterruptedException;
}

package org.ramp.gateway;

import java.time.Duration;

/** Waits between retries; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

package org.ramp.grading.ast;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive tree code on a thread with a large stack: ASTs may be as deep as {@link AstJson#MAX_DEPTH}
 * allows, deeper than a default thread stack can walk.
 */
final class DeepRecursion {
    private static final long STACK_BYTES = 256L << 20;

    private DeepRecursion() {
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "ramp-ast", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing ASTs", e);
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}

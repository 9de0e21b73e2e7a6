package io.jenkins.plugins.ramp.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per key (a node and an engine version), so that the branches of a parallel build that land on the same
 * node copy the engine and build the image once, one after the other, instead of at the same time.
 */
public final class KeyedLocks {
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public ReentrantLock lock(String key) throws InterruptedException {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lockInterruptibly();
        return lock;
    }
}

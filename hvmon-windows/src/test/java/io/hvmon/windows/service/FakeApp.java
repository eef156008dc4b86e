package io.hvmon.windows.service;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** A {@link ServiceApp} whose start and stop do what a test says, and which remembers what was called. */
final class FakeApp implements ServiceApp {

    final CountDownLatch startEntered = new CountDownLatch(1);
    final CountDownLatch releaseStart = new CountDownLatch(1);
    final CountDownLatch releaseStop = new CountDownLatch(1);
    volatile boolean stopped;

    private volatile Supplier<String> start = () -> "serving http://test:20501/";
    private volatile boolean startBlocks;
    private volatile boolean stopBlocks;

    static FakeApp serving() {
        return new FakeApp();
    }

    FakeApp failingWith(RuntimeException failure) {
        start = () -> {
            throw failure;
        };
        return this;
    }

    /** start() waits until {@link #releaseStart} is counted down. */
    FakeApp withSlowStart() {
        startBlocks = true;
        return this;
    }

    /** stop() waits until {@link #releaseStop} is counted down (tests that never do so get a stop that hangs). */
    FakeApp withStuckStop() {
        stopBlocks = true;
        return this;
    }

    @Override
    public String start() {
        startEntered.countDown();
        if (startBlocks) {
            awaitQuietly(releaseStart);
        }
        return start.get();
    }

    @Override
    public void stop() {
        if (stopBlocks) {
            awaitQuietly(releaseStop);
        }
        stopped = true;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.hvmon.windows.wmi;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one platform thread that owns COM for a session: COM's apartment belongs to an OS thread, and virtual threads
 * (which the collector uses) move between carriers, so every COM call is handed to this thread and waited for with a
 * deadline. A call stuck in WMI keeps only this thread; the caller gets its timeout and moves on.
 */
final class ComThread {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ExecutorService executor;
    private volatile Thread thread;

    ComThread() {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread t = Thread.ofPlatform().daemon().name("hvmon-com-" + COUNT.incrementAndGet()).unstarted(task);
            thread = t;
            return t;
        });
    }

    /** A COM call's outcome when it did not return normally in time. */
    static final class Late extends Exception {
        Late() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code call} on the COM thread and waits at most {@code timeoutMillis} for it.
     *
     * @throws Late when it is still running then (it goes on in the background; this thread is then unusable)
     */
    <T> T call(Callable<T> call, long timeoutMillis) throws Exception {
        Future<T> future = executor.submit(call);
        try {
            return future.get(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Late();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new IllegalStateException("unexpected error on the COM thread", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Late();
        }
    }

    /** Runs {@code last} on the COM thread after whatever is queued, then lets the thread end; waits briefly. */
    void shutdown(Runnable last, long waitMillis) {
        try {
            executor.execute(last);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return; // already shut down
        }
        executor.shutdown();
        try {
            executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the calling thread is this COM thread. */
    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }
}

package io.hvmon.app.run;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PreinitializerTest {

    @Test
    void tasksRunInOrderOnOneDaemonThreadAndAFailureSkipsOnlyItsTask() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Preinitializer.start(List.of(
                () -> ran.add("first on " + Thread.currentThread().getName()
                        + (Thread.currentThread().isDaemon() ? " (daemon)" : "")),
                () -> {
                    throw new IllegalStateException("a task that fails");
                },
                () -> {
                    throw new NoClassDefFoundError("a class that cannot be initialised");
                },
                () -> ran.add("last"),
                done::countDown));

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first on hvmon-preinit (daemon)", "last");
    }

    @Test
    void theServingTasksRunWithoutAFailure() {
        // Each one, on this thread: a task that threw would be skipped silently in the background.
        io.hvmon.app.config.ConfigLoader.preinitialize();
        io.hvmon.app.http.HttpApi.preinitialize();
        io.hvmon.app.api.cache.Rendered.preinitialize();
    }
}

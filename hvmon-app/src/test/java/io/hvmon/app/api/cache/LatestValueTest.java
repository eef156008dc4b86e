package io.hvmon.app.api.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatestValueTest {

    private final LatestValue<Long, String> latest = new LatestValue<>();
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(long version) {
        computed.incrementAndGet();
        return "v" + version;
    }

    @Test
    void oneVersionIsComputedOnceAndAnotherReplacesIt() {
        String first = latest.get(1L, () -> compute(1));
        assertThat(latest.get(1L, () -> compute(1))).isSameAs(first);
        assertThat(computed).hasValue(1);

        assertThat(latest.get(2L, () -> compute(2))).isEqualTo("v2");
        assertThat(latest.get(1L, () -> compute(1))).as("only the latest is kept").isEqualTo("v1");
        assertThat(computed).hasValue(3);
    }

    @Test
    void aFailedComputationIsTriedAgainByTheNextCaller() {
        AtomicInteger attempts = new AtomicInteger();
        java.util.function.Supplier<String> failsOnce = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("bug");
            }
            return "v1";
        };

        assertThatThrownBy(() -> latest.get(1L, failsOnce)).isInstanceOf(IllegalStateException.class);
        assertThat(latest.get(1L, failsOnce)).isEqualTo("v1");
        assertThat(attempts).hasValue(2);
    }

    @Test
    @Timeout(20)
    void concurrentRequestsForANewVersionComputeItOnce() throws Exception {
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return latest.get(7L, () -> {
                        computed.incrementAndGet();
                        sleep(); // a slow render: the others arrive meanwhile and must wait, not render too
                        return "v7";
                    });
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("v7");
            }
        }
        assertThat(computed).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

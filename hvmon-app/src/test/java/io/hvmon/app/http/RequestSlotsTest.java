package io.hvmon.app.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSlotsTest {

    @Test
    void aRequestWaitsForAFreedSlotAndGivesUpWhenNoneComes() throws Exception {
        RequestSlots slots = new RequestSlots(1, Duration.ofSeconds(30));
        assertThat(slots.enter()).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(slots::enter,
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        slots.leave();
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();

        RequestSlots full = new RequestSlots(1, Duration.ofMillis(1));
        assertThat(full.enter()).isTrue();
        assertThat(full.enter()).isFalse();
    }
}

package io.hvmon.app.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentDecodingTest {

    @Test
    void decodesUtf8EscapesAndLeavesEverythingElse() {
        assertThat(PercentDecoding.path("/hvm/vms")).hasValue("/hvm/vms");
        assertThat(PercentDecoding.path("/a+b/%2e%2E/%2F%20x")).hasValue("/a+b/..// x");
        assertThat(PercentDecoding.path("/h%C3%A9/%0a")).hasValue("/hé/\n");
        assertThat(PercentDecoding.path("/hé")).hasValue("/hé");
    }

    @Test
    void malformedEscapesAndNonUtf8AreRefused() {
        assertThat(PercentDecoding.path("/%zz")).isEmpty();
        assertThat(PercentDecoding.path("/%4")).isEmpty();
        assertThat(PercentDecoding.path("/%")).isEmpty();
        assertThat(PercentDecoding.path("/%C3")).isEmpty();
        assertThat(PercentDecoding.path("/%FF")).isEmpty();
    }
}

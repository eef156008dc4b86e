package io.hvmon.app.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsFormatTest {

    @Test
    void prometheusGetsOpenMetricsAsItAsksForItFirst() {
        // Prometheus 2.42's scrape Accept header
        assertThat(MetricsFormat.negotiate(List.of("application/openmetrics-text;version=1.0.0,"
                + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")))
                .isEqualTo(MetricsFormat.OPENMETRICS);
        assertThat(MetricsFormat.negotiate(List.of("Application/OpenMetrics-Text; version=1.0.0")))
                .isEqualTo(MetricsFormat.OPENMETRICS);
    }

    @Test
    void everyoneElseGetsTheTextFormat() {
        assertThat(MetricsFormat.negotiate(List.of())).isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("*/*"))).isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("text/plain;version=0.0.4"))).isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("text/html,application/xhtml+xml,*/*;q=0.8")))
                .isEqualTo(MetricsFormat.TEXT);
    }

    @Test
    void qualityDecides() {
        assertThat(MetricsFormat.negotiate(List.of("text/plain, application/openmetrics-text;q=0.5")))
                .isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("application/openmetrics-text;q=0", "*/*")))
                .isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("application/openmetrics-text;q=bad")))
                .isEqualTo(MetricsFormat.TEXT);
        assertThat(MetricsFormat.negotiate(List.of("text/plain;q=0.2", "application/openmetrics-text;q=0.3")))
                .isEqualTo(MetricsFormat.OPENMETRICS);
    }

    @Test
    void contentTypesAreTheFormatsOwn() {
        assertThat(MetricsFormat.TEXT.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(MetricsFormat.OPENMETRICS.contentType())
                .isEqualTo("application/openmetrics-text; version=1.0.0; charset=utf-8");
    }
}

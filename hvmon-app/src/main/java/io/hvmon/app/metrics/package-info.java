/**
 * {@code /metrics}: Prometheus' model of metric snapshots (client_java's {@code prometheus-metrics-model}) built from
 * hvmon's own snapshots, written in the Prometheus text format or OpenMetrics. {@link io.hvmon.app.metrics.MetricsView}
 * is the entry: a pure function of the hosts' statuses, which of them are stale, and hvmon's own figures read once per
 * rendering ({@link io.hvmon.app.metrics.SelfFacts}). Each family is documented in docs/METRICS.md.
 */
package io.hvmon.app.metrics;

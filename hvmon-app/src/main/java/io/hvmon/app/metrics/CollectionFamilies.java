package io.hvmon.app.metrics;

import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;

/**
 * The {@code hvmon_collection_*} and {@code hvmon_wsman_*} families: how collecting each configured host goes, for
 * every host from the start (before its first collection too), labelled {@code host}. A host whose collection fails
 * keeps its last data in the {@code hyperv_*} families; these say it is failing and since when.
 */
final class CollectionFamilies {

    private final GaugeFamily success = new GaugeFamily("hvmon_collection_success",
            "1 when the latest collection of the host succeeded, 0 when it failed or none has succeeded yet", null);
    private final GaugeFamily stale = new GaugeFamily("hvmon_collection_stale",
            "1 when the host's data is stale (the latest collection failed, or the data is older than two intervals and"
                    + " the timeout), as the JSON API's stale flag", null);
    private final GaugeFamily consecutiveFailures = new GaugeFamily("hvmon_collection_consecutive_failures",
            "Failed collections of the host since its latest success", null);
    private final GaugeFamily lastAttempt = new GaugeFamily("hvmon_collection_last_attempt_timestamp_seconds",
            "When the latest collection of the host started, Unix seconds", Unit.SECONDS);
    private final GaugeFamily lastSuccess = new GaugeFamily("hvmon_collection_last_success_timestamp_seconds",
            "When the latest successful collection of the host started: the time of the data served, Unix seconds",
            Unit.SECONDS);
    private final GaugeFamily duration = new GaugeFamily("hvmon_collection_duration_seconds",
            "How long the latest successful collection of the host took, seconds", Unit.SECONDS);
    private final GaugeFamily queries = new GaugeFamily("hvmon_collection_queries",
            "WMI queries and method calls the latest successful collection of the host sent", null);
    private final GaugeFamily failedQueries = new GaugeFamily("hvmon_collection_failed_queries",
            "Queries of the latest successful collection that failed: its data is partial when above 0", null);
    private final CounterFamily requests = new CounterFamily("hvmon_wsman_requests",
            "HTTP requests sent to the host's WinRM endpoint since hvmon started, NTLM handshake legs included", null);
    private final CounterFamily sent = new CounterFamily("hvmon_wsman_sent_bytes",
            "Bytes sent to the host's WinRM endpoint since hvmon started (headers and bodies, as sent)", Unit.BYTES);
    private final CounterFamily received = new CounterFamily("hvmon_wsman_received_bytes",
            "Bytes received from the host's WinRM endpoint since hvmon started (headers and bodies, as received)",
            Unit.BYTES);

    void add(HostStatus status, boolean isStale, WireCounts wire) {
        Labels labels = SeriesLabels.host(status.name());
        success.flag(labels, status.ready() && status.consecutiveFailures() == 0);
        stale.flag(labels, isStale);
        consecutiveFailures.add(labels, status.consecutiveFailures());
        lastAttempt.add(labels, BaseUnits.unixSeconds(status.lastAttempt()));
        lastSuccess.add(labels, BaseUnits.unixSeconds(status.lastSuccess()));
        HostSnapshot snapshot = status.snapshot();
        if (snapshot != null) {
            duration.add(labels, BaseUnits.seconds(snapshot.duration()));
            queries.add(labels, snapshot.queries());
            failedQueries.add(labels, snapshot.failures().size());
        }
        if (wire != null) {
            requests.add(labels, wire.requests());
            sent.add(labels, wire.bytesSent());
            received.add(labels, wire.bytesReceived());
        }
    }

    List<MetricSnapshot> snapshots() {
        return List.of(success.snapshot(), stale.snapshot(), consecutiveFailures.snapshot(), lastAttempt.snapshot(),
                lastSuccess.snapshot(), duration.snapshot(), queries.snapshot(), failedQueries.snapshot(),
                requests.snapshot(), sent.snapshot(), received.snapshot());
    }
}

package io.hvmon.app.metrics;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The two exposition formats {@code /metrics} speaks, chosen by the request's {@code Accept}: OpenMetrics 1.0.0 when it
 * asks for {@code application/openmetrics-text} at least as much as for plain text (Prometheus asks for it first), else
 * the Prometheus text format 0.0.4, which every scraper reads.
 */
public enum MetricsFormat {
    TEXT(PrometheusTextFormatWriter.create()),
    OPENMETRICS(OpenMetricsTextFormatWriter.create());

    private static final String OPENMETRICS_TYPE = "application/openmetrics-text";

    private final ExpositionFormatWriter writer;

    MetricsFormat(ExpositionFormatWriter writer) {
        this.writer = writer;
    }

    public String contentType() {
        return writer.getContentType();
    }

    /** The snapshots in this format. Names are plain Prometheus names already: nothing needs escaping. */
    public void write(MetricSnapshots snapshots, OutputStream out) throws IOException {
        writer.write(out, snapshots, EscapingScheme.UNDERSCORE_ESCAPING);
    }

    /** The snapshots in this format, in memory (tests, benchmarks: the API streams them into gzip). */
    public byte[] write(MetricSnapshots snapshots) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(snapshots, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return out.toByteArray();
    }

    /**
     * The format for these {@code Accept} field values (each a comma-separated list of media ranges with optional
     * {@code q}). No field, or one naming neither format, gets the text format.
     */
    public static MetricsFormat negotiate(List<String> accept) {
        double openMetrics = 0;
        double text = 0;
        for (String field : accept) {
            for (String range : field.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].trim().toLowerCase(Locale.ROOT);
                double q = quality(parts);
                if (type.equals(OPENMETRICS_TYPE)) {
                    openMetrics = Math.max(openMetrics, q);
                } else if (type.equals("text/plain") || type.equals("text/*") || type.equals("*/*")) {
                    text = Math.max(text, q);
                }
            }
        }
        return openMetrics > 0 && openMetrics >= text ? OPENMETRICS : TEXT;
    }

    /** The range's {@code q} parameter; 1 when absent, 0 when it is not a number (such a range counts for nothing). */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

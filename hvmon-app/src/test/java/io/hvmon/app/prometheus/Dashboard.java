package io.hvmon.app.prometheus;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Grafana dashboard's JSON, read as Grafana would: its variables and the PromQL of every panel, with the variables
 * replaced as Grafana replaces them when "All" hosts are chosen.
 */
record Dashboard(Map<String, Object> json) {

    /** Grafana's rate interval for a 1 s scrape interval and a short range is 4 × the interval; a minute is safe. */
    private static final String RATE_INTERVAL = "1m";

    static Dashboard read(Path file) throws IOException {
        return new Dashboard(JSON.std.mapFrom(Files.readString(file)));
    }

    boolean datasourceVariable() {
        return variables().stream().anyMatch(v -> "datasource".equals(v.get("type"))
                && "prometheus".equals(v.get("query")) && "datasource".equals(v.get("name")));
    }

    /** The metric the host variable takes its values from: label_values(METRIC, host). */
    String hostVariableMetric() {
        String definition = (String) host().get("definition");
        return definition.substring("label_values(".length(), definition.indexOf(','));
    }

    /** Every panel's queries, rows' panels included, with $host and $__rate_interval replaced. */
    List<String> expressions() {
        String allHosts = (String) host().get("allValue");
        List<String> out = new ArrayList<>();
        collect(panels(json), out);
        return out.stream().map(e -> e.replace("$__rate_interval", RATE_INTERVAL).replace("$host", allHosts)).toList();
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> panels, List<String> out) {
        for (Map<String, Object> panel : panels) {
            for (Map<String, Object> target : (List<Map<String, Object>>) panel.getOrDefault("targets", List.of())) {
                out.add((String) target.get("expr"));
            }
            collect(panels(panel), out);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> panels(Map<String, Object> container) {
        return (List<Map<String, Object>>) container.getOrDefault("panels", List.of());
    }

    private Map<String, Object> host() {
        return variables().stream().filter(v -> "host".equals(v.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the dashboard has no host variable"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> variables() {
        return (List<Map<String, Object>>) ((Map<String, Object>) json.get("templating")).get("list");
    }
}

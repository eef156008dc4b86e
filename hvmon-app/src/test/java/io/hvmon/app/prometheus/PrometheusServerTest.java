package io.hvmon.app.prometheus;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Prometheus server scrapes the demo (two simulated hosts read over WS-Man) with the API key as a bearer token,
 * the way docs/METRICS.md configures it, loads deploy/prometheus/hvmon-alerts.yml, and answers PromQL: one info series
 * per VM, the replication lag, every query of the Grafana dashboard and every alert rule, without an error.
 */
@Timeout(240)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusServerTest {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private Demo demo;
    private PrometheusServer prometheus;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Tools.require(Tools.PROMETHEUS);
        demo = Demo.start(2, 16);
        Files.writeString(dir.resolve("hvmon.key"), Demo.KEY);
        Files.copy(Tools.RULES_DIR.resolve("hvmon-alerts.yml"), dir.resolve("hvmon-alerts.yml"));
        prometheus = PrometheusServer.start(dir, """
                global: { scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s }
                rule_files: [ hvmon-alerts.yml ]
                scrape_configs:
                  - job_name: hvmon
                    authorization: { credentials_file: hvmon.key }
                    static_configs: [ { targets: [ "%s" ] } ]
                """.formatted(demo.target()));
        // a few scrapes and rule evaluations, so that rate() over a minute has points
        prometheus.await("three scrapes", LIMIT, () -> !prometheus.vector("count_over_time(up[1m]) >= 3").isEmpty());
    }

    @AfterAll
    void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScrapeWithTheBearerKeyIsHealthy() throws Exception {
        Map<String, Object> data = (Map<String, Object>) prometheus.api("/api/v1/targets").get("data");
        List<Map<String, Object>> targets = (List<Map<String, Object>>) data.get("activeTargets");

        assertThat(targets).singleElement().satisfies(target -> {
            assertThat(target.get("health")).as(target.toString()).isEqualTo("up");
            assertThat(target.get("lastError")).isEqualTo("");
        });
        assertThat(demo.get("/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void thereIsOneInfoSeriesPerVm() throws Exception {
        Set<String> vms = new TreeSet<>();
        for (Object vm : JSON.std.listFrom(demo.get("/hvm/vms", null).body())) {
            Map<?, ?> row = (Map<?, ?>) vm;
            vms.add(row.get("host") + "/" + row.get("id"));
        }

        prometheus.await("an info series for each of the " + vms.size() + " VMs", LIMIT,
                () -> prometheus.vector("hyperv_vm_info").size() == vms.size());
        List<Map<String, Object>> info = prometheus.vector("hyperv_vm_info");

        assertThat(info.stream().map(s -> label(s, "host") + "/" + label(s, "vm_id")).collect(Collectors.toSet()))
                .isEqualTo(vms);
        assertThat(info).allSatisfy(s -> assertThat(label(s, "vm")).isNotEmpty());
        assertThat(prometheus.vector("count by (host, vm_id) (hyperv_vm_info) > 1")).isEmpty();
    }

    @Test
    void theReplicationLagOfEveryReplicatedVmIsThere() throws Exception {
        Set<String> lagging = new TreeSet<>();
        for (Object vm : JSON.std.listFrom(demo.get("/hvm/vms?values=numeric", null).body())) {
            Map<?, ?> row = (Map<?, ?>) vm;
            if (row.get("replication_lag_seconds") != null) {
                lagging.add(row.get("host") + "/" + row.get("id"));
            }
        }
        assertThat(lagging).as("the demo has replicated VMs").isNotEmpty();

        List<Map<String, Object>> lag = prometheus.vector("hyperv_vm_replication_lag_seconds{relationship=\"primary\"}");

        assertThat(lag.stream().map(s -> label(s, "host") + "/" + label(s, "vm_id")).collect(Collectors.toSet()))
                .isEqualTo(lagging);
        assertThat(lag).allSatisfy(s -> assertThat(value(s)).isGreaterThanOrEqualTo(0));
        assertThat(prometheus.vector("hyperv_vm_replication_interval_seconds")).isNotEmpty();
    }

    /** Prometheus scrapes OpenMetrics when offered: every family of the text body must have come through it. */
    @Test
    void everySeriesNameOfTheTextBodyIsIngested() throws Exception {
        Set<String> exposed = new TreeSet<>();
        for (String line : new String(demo.get("/metrics", "text/plain").body()).split("\n")) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                exposed.add(line.split("[{ ]", 2)[0]);
            }
        }

        Set<String> ingested = names("group by (__name__) ({__name__=~\"hyperv_.+|hvmon_.+\"})");

        assertThat(ingested).isEqualTo(exposed);
    }

    @Test
    void everyDashboardQueryEvaluatesWithoutAnError() throws Exception {
        Dashboard dashboard = Dashboard.read(Tools.DASHBOARD);
        assertThat(dashboard.datasourceVariable()).as("importable anywhere: a datasource variable").isTrue();

        List<String> expressions = dashboard.expressions();
        assertThat(expressions).hasSizeGreaterThan(20);
        for (String expression : expressions) {
            assertEvaluates(expression);
        }
        assertKnownNames(String.join("\n", expressions));
        assertThat(prometheus.api("/api/v1/label/host/values?match[]=" + dashboard.hostVariableMetric()).get("data"))
                .as("the host variable's values").asList().hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertRuleEvaluatesWithoutAnError() throws Exception {
        prometheus.await("every rule evaluated", LIMIT, () -> rules().stream()
                .allMatch(rule -> !String.valueOf(rule.get("lastEvaluation")).startsWith("0001-")));
        List<Map<String, Object>> rules = rules();

        assertThat(rules).hasSize(10).allSatisfy(rule -> {
            assertThat(rule.get("health")).as(rule.get("name") + ": " + rule.get("lastError")).isEqualTo("ok");
            assertThat((String) rule.get("lastError")).isNullOrEmpty();
        });
        StringBuilder all = new StringBuilder();
        for (Map<String, Object> rule : rules) {
            assertEvaluates((String) rule.get("query"));
            all.append(rule.get("query")).append('\n');
        }
        assertKnownNames(all.toString());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rules() throws Exception {
        Map<String, Object> data = (Map<String, Object>) prometheus.api("/api/v1/rules").get("data");
        return ((List<Map<String, Object>>) data.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream()).toList();
    }

    private void assertEvaluates(String expression) throws Exception {
        Map<String, Object> answer = prometheus.query(expression);
        assertThat(answer.get("status")).as(expression + ": " + answer).isEqualTo("success");
        assertThat(answer).as(expression).doesNotContainKey("warnings");
    }

    /** Every hyperv_ and hvmon_ name a query uses is one the demo exposes: no typo yields a silently empty panel. */
    private void assertKnownNames(String queries) throws Exception {
        Set<String> used = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\b((?:hyperv|hvmon)_\\w+)").matcher(queries);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).isNotEmpty().isSubsetOf(names("group by (__name__) ({__name__=~\"hyperv_.+|hvmon_.+\"})"));
    }

    private Set<String> names(String query) throws Exception {
        return prometheus.vector(query).stream().map(s -> label(s, "__name__")).collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private static String label(Map<String, Object> sample, String name) {
        return (String) ((Map<String, Object>) sample.get("metric")).get(name);
    }

    private static double value(Map<String, Object> sample) {
        return Double.parseDouble((String) ((List<?>) sample.get("value")).get(1));
    }
}

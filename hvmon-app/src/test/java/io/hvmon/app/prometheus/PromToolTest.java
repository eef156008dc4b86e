package io.hvmon.app.prometheus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * promtool, Prometheus' own checker: the demo's {@code /metrics} lints without a single warning, and the alert rules
 * are valid and pass their unit tests, of which every rule has some.
 */
@Timeout(120)
class PromToolTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theDemosMetricsLintWithoutAWarning() throws Exception {
        Tools.require(Tools.PROMTOOL);
        try (Demo demo = Demo.start(2, 12)) {
            HttpResponse<byte[]> text = demo.get("/metrics", null);
            assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");

            Tools.Run lint = Tools.run(Path.of("."), text.body(), LIMIT, Tools.PROMTOOL.toString(), "check", "metrics");

            assertThat(lint.output()).as("promtool's findings").isEmpty();
            assertThat(lint.exit()).isZero();
            assertThat(new String(text.body())).contains("hyperv_vm_info{").contains("hvmon_collection_success{");
        }
    }

    /**
     * promtool 2.42 lints the text format only: its parser refuses OpenMetrics' state set and info types. What it can
     * say about the OpenMetrics body is said through the text body: both carry the same families (their samples are
     * compared in MetricsViewTest), and the OpenMetrics syntax itself is checked by Prometheus' own OpenMetrics parser
     * in {@link PrometheusServerTest}, which scrapes it.
     */
    @Test
    void theOpenMetricsBodyHasTheSameFamiliesAsTheLintedText() throws Exception {
        Tools.require(Tools.PROMTOOL);
        try (Demo demo = Demo.start(1, 8)) {
            HttpResponse<byte[]> openMetrics = demo.get("/metrics", "application/openmetrics-text; version=1.0.0");
            HttpResponse<byte[]> text = demo.get("/metrics", "text/plain");

            assertThat(openMetrics.headers().firstValue("Content-Type"))
                    .hasValue("application/openmetrics-text; version=1.0.0; charset=utf-8");
            assertThat(new String(openMetrics.body())).endsWith("# EOF\n");
            assertThat(families(openMetrics.body())).isEqualTo(families(text.body())).isNotEmpty();
        }
    }

    @Test
    void theAlertRulesAreValidAndPassTheirUnitTests() throws Exception {
        Tools.require(Tools.PROMTOOL);

        Tools.Run check = Tools.run(Tools.RULES_DIR, new byte[0], LIMIT, Tools.PROMTOOL.toString(), "check", "rules",
                "hvmon-alerts.yml");
        Tools.Run test = Tools.run(Tools.RULES_DIR, new byte[0], LIMIT, Tools.PROMTOOL.toString(), "test", "rules",
                "hvmon-alerts.test.yml");

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS").doesNotContainIgnoringCase("warn");
        assertThat(test.exit()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    @Test
    void everyRuleHasUnitTests() throws Exception {
        Set<String> rules = matches(Files.readString(Tools.RULES_DIR.resolve("hvmon-alerts.yml")),
                Pattern.compile("(?m)^\\s*- alert: (\\w+)"));
        Set<String> tested = matches(Files.readString(Tools.RULES_DIR.resolve("hvmon-alerts.test.yml")),
                Pattern.compile("(?m)^\\s*alertname: (\\w+)"));

        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        assertThat(tested).isEqualTo(rules);
    }

    /**
     * The family names of a body, from its TYPE lines, without the suffixes the text format adds to an info family's
     * name ({@code _info}) and a counter's ({@code _total}) and OpenMetrics does not.
     */
    private static Set<String> families(byte[] body) {
        Set<String> names = new TreeSet<>();
        for (String name : matches(new String(body), Pattern.compile("(?m)^# TYPE (\\w+) "))) {
            names.add(name.replaceFirst("_(info|total)$", ""));
        }
        return names;
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}

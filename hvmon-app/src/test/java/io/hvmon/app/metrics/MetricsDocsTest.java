package io.hvmon.app.metrics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/METRICS.md and the code must agree: its tables list exactly the families /metrics has. */
class MetricsDocsTest {

    private static final Path DOC = Path.of("..", "docs", "METRICS.md");

    @Test
    void theTablesListEveryFamilyAndNoOther() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher row = Pattern.compile("^\\| `((?:hyperv|hvmon)_\\w+)` \\|").matcher(line);
            if (row.find()) {
                documented.add(row.group(1));
            }
        }
        // every family has a series in this input (a host with data and WS-Man counters, a replicated VM, ...)
        MetricsInput everything = new MetricsInput(List.of(MetricsFixtures.collected()), Set.of(),
                MetricsFixtures.self(Map.of("hv01", new WireCounts(1, 2, 3))));
        String text = new String(MetricsView.render(everything, MetricsFormat.TEXT), StandardCharsets.UTF_8);
        Set<String> exposed = new TreeSet<>();
        Matcher type = Pattern.compile("(?m)^# TYPE (\\w+) ").matcher(text);
        while (type.find()) {
            exposed.add(type.group(1));
        }

        assertThat(exposed).hasSizeGreaterThan(40);
        assertThat(documented).isEqualTo(exposed);
    }
}

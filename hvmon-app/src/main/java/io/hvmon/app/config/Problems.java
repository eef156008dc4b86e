package io.hvmon.app.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every validation problem so one run shows them all, in file order, capped so a wrong file (say, another
 * program's JSON) does not print hundreds of lines.
 */
final class Problems {

    static final int MAX_REPORTED = 20;

    private record Entry(Position at, String text) {}

    private final String source;
    private final List<Entry> entries = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    /** One problem: {@code source:line:col: path: message} (no "path: " when the path is empty). */
    void add(Position at, String path, String message) {
        String where = source + ":" + at + ": ";
        entries.add(new Entry(at, where + (path.isEmpty() ? "" : path + ": ") + message));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void throwIfAny() throws ConfigException {
        if (entries.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        entries.stream()
                .sorted(Comparator.comparing(Entry::at)) // stable: problems at one spot keep their order
                .limit(MAX_REPORTED)
                .forEach(entry -> lines.add(entry.text()));
        int hidden = entries.size() - lines.size();
        if (hidden > 0) {
            lines.add(source + ": " + hidden + " more problem" + (hidden == 1 ? "" : "s") + " not shown");
        }
        throw new ConfigException(lines);
    }
}

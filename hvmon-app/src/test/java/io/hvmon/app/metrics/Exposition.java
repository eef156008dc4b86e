package io.hvmon.app.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The samples of a text-format (or OpenMetrics) body, read back for assertions: a name, its labels and its value per
 * line that is not a comment.
 */
record Exposition(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    static Exposition parse(byte[] body) {
        List<Sample> samples = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new Exposition(List.copyOf(samples));
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new TreeMap<>();
        int end = space;
        if (brace >= 0 && brace < space) {
            end = readLabels(line, brace + 1, labels);
        }
        String name = line.substring(0, brace >= 0 && brace < space ? brace : space);
        String[] rest = line.substring(end).trim().split(" ");
        return new Sample(name, labels, Double.parseDouble(rest[0]));
    }

    /** Reads {@code a="x",b="y"} up to the closing brace; returns the index after it. */
    private static int readLabels(String line, int at, Map<String, String> labels) {
        int i = at;
        while (line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String name = line.substring(i, eq);
            StringBuilder value = new StringBuilder();
            i = eq + 2; // past ="
            while (line.charAt(i) != '"') {
                char c = line.charAt(i++);
                if (c == '\\') {
                    char escaped = line.charAt(i++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(name, value.toString());
            i++; // past the closing quote
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }

    /** The samples of this name whose labels include these name/value pairs. */
    List<Sample> find(String name, String... labelPairs) {
        return samples.stream().filter(s -> s.name().equals(name) && has(s, labelPairs)).toList();
    }

    /** The one sample of this name with these labels; fails when there is none or more than one. */
    double value(String name, String... labelPairs) {
        List<Sample> found = find(name, labelPairs);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples of " + name + " with " + List.of(labelPairs)
                    + ": " + found);
        }
        return found.getFirst().value();
    }

    private static boolean has(Sample sample, String[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].equals(sample.labels().get(pairs[i]))) {
                return false;
            }
        }
        return true;
    }
}

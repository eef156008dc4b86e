package io.hvmon.windows.service.manage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * hvmon's JVM options as every launcher reads them: packaging/jvm.options (built into the jar next to this class),
 * {@code HVMON_HEAP} in place of its {@code -Xmx}, then the words of {@code HVMON_JAVA_OPTS}. For the command line of
 * a service installed from a jar; a jpackage launcher carries the same options in its own .cfg file.
 */
public final class JvmOptions {

    static final String RESOURCE = "jvm.options";
    private static final String LINUX_ONLY = "[linux]";
    private static final Pattern HEAP_SIZE = Pattern.compile("[0-9]+[kKmMgG]");

    private JvmOptions() {
    }

    /**
     * The options, with {@code HVMON_HEAP} and {@code HVMON_JAVA_OPTS} looked up in {@code environment}.
     *
     * @throws IllegalArgumentException when HVMON_HEAP is no heap size such as 64m or 1g
     */
    public static List<String> of(UnaryOperator<String> environment) {
        return of(fileLines(), environment);
    }

    static List<String> of(List<String> fileLines, UnaryOperator<String> environment) {
        String heap = blankToNull(environment.apply("HVMON_HEAP"));
        if (heap != null && !HEAP_SIZE.matcher(heap).matches()) {
            throw new IllegalArgumentException("HVMON_HEAP=" + heap + " is not a heap size such as 64m or 1g");
        }
        List<String> options = new ArrayList<>();
        for (String option : parse(fileLines)) {
            options.add(heap != null && option.startsWith("-Xmx") ? "-Xmx" + heap : option);
        }
        String extra = blankToNull(environment.apply("HVMON_JAVA_OPTS"));
        if (extra != null) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        return List.copyOf(options);
    }

    /**
     * The first word of each line, leaving out comments ('#' to the end of the line), blank lines and the lines for
     * Linux only ({@code [linux] option}): this is for Windows services.
     */
    static List<String> parse(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String text = (comment < 0 ? line : line.substring(0, comment)).trim();
            if (!text.isEmpty() && !text.startsWith(LINUX_ONLY)) {
                options.add(text.split("\\s+")[0]);
            }
        }
        return options;
    }

    static List<String> fileLines() {
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar (built from packaging/jvm.options)");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package io.hvmon.app.config;

import java.util.List;

/**
 * The config cannot be used. The message is for the person who wrote the file: one problem per line, each naming the
 * file, where, the key, what was found and what was expected. It never contains a password.
 */
public final class ConfigException extends Exception {

    private final List<String> problems;

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The lines of the message, one problem each. */
    public List<String> problems() {
        return problems;
    }
}

package io.hvmon.app.cli;

import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.app.security.ApiKeys;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** {@code hvmon key new|hash}: API keys for {@code security.api_keys}. Keys are never taken as arguments. */
@Command(name = "key", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Make API keys (X-API-KEY) and the hashes config.json stores.",
        subcommands = {KeyCommand.New.class, KeyCommand.Hash.class})
final class KeyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UserError(2, "give a subcommand: 'hvmon key new' or 'hvmon key hash'");
    }

    @Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print a new random key (32 bytes, base64url) and its hash for config.json.")
    static final class New implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "prometheus",
                description = "the key's name in the example config line (default: ${DEFAULT-VALUE})")
        String name;

        @Override
        public void run() {
            SecureRandom random = new SecureRandom();
            String key = ApiKeys.randomKey(random);
            String hash = ApiKeyHash.of(key, random).toString();
            var out = spec.commandLine().getOut();
            out.println("key:  " + key);
            out.println("hash: " + hash);
            out.println();
            out.println("Give the key to the client (HTTP header X-API-KEY); put only the hash in config.json:");
            out.println("  \"security\": { \"api_keys\": [ { \"name\": \"" + name + "\", \"hash\": \"" + hash + "\" } ] }");
            out.flush();
        }
    }

    @Command(name = "hash", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Read a key from standard input (first line) or --key-env and print its hash.")
    static final class Hash implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--key-env", paramLabel = "VAR", description = "read the key from this environment variable")
        String keyEnv;

        @Override
        public void run() {
            String key = keyEnv != null ? fromEnvironment() : fromStdin();
            if (key.length() < ApiKeys.MIN_KEY_LENGTH || key.length() > ApiKeys.MAX_KEY_LENGTH) {
                throw new UserError(2, "the key is " + key.length() + " characters long; keys must be "
                        + ApiKeys.MIN_KEY_LENGTH + " to " + ApiKeys.MAX_KEY_LENGTH + " characters of randomness"
                        + " (their hash is fast, so short keys could be guessed): make one with 'hvmon key new'");
            }
            if (key.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
                throw new UserError(2, "the key contains spaces, control or non-ASCII characters, which an HTTP"
                        + " header cannot carry reliably: make one with 'hvmon key new'");
            }
            spec.commandLine().getOut().println(ApiKeyHash.of(key, new SecureRandom()));
            spec.commandLine().getOut().flush();
        }

        private String fromEnvironment() {
            String value = System.getenv(keyEnv);
            if (value == null || value.isEmpty()) {
                throw new UserError(2, "the environment variable " + keyEnv + " is " + (value == null ? "not set" : "empty"));
            }
            return value;
        }

        private static String fromStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new UserError(2, "no key on standard input (pipe it in, or use --key-env VAR)");
                }
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            } catch (IOException e) {
                throw new UserError(1, "cannot read standard input: " + e.getMessage());
            }
        }
    }
}

package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A seeded random-mutation fuzzer over valid configs: 3,000 mutants (bytes flipped, inserted, deleted, duplicated,
 * spliced with JSON tokens). Every one either loads or fails with a ConfigException; nothing else may escape.
 */
class ConfigFuzzTest {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true",
            "-0", "1e999", "99999999999999999999999", "\"tls\"", "\"allow\"", "\"::ffff:\"", "\"/\"", "\u0000",
            "\uD800", "\"sha256:\"", "{\"a\":", "[[[[[[[[[[[[[[[[[[[[", "\"\\u0000\"", "/*", "//");

    @Test
    @Timeout(60)
    void mutatedConfigsOnlyEverFailWithConfigException() throws Exception {
        List<String> seeds = List.of(
                Files.readString(ConfigDocsTest.DOC.resolveSibling("config.secure.example.json")),
                "{\"listen\": {\"tls\": {\"pkcs12\": \"s.p12\", \"password_file\": \"p\"}}, \"security\": {\"allow\":"
                        + " [\"::1\", \"10.0.0.0/8\"], \"open_paths\": [\"/healthz\"], \"trusted_proxies\": []}}",
                "{\"hosts\": [{\"name\": \"a\", \"url\": \"https://[::1]:5986\", \"user\": \"u\", \"password_env\": \"P\","
                        + " \"tls\": {\"verify\": false}}]}");
        Random random = new Random(20260505L);
        int loaded = 0;
        for (int i = 0; i < 3000; i++) {
            String input = mutate(seeds.get(i % seeds.size()), random);
            try {
                ConfigLoader.parse(input, "fuzz");
                loaded++;
            } catch (ConfigException expected) {
                assertThat(expected.problems()).isNotEmpty();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input #" + i + " threw " + e + ":\n" + input, e);
            }
        }
        assertThat(loaded).as("some mutants are still valid").isPositive();
    }

    static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.setCharAt(at, (char) random.nextInt(128));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 3 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(20));
                    s.insert(at, s.substring(at, end));
                }
                default -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(10)));
            }
        }
        return s.toString();
    }
}

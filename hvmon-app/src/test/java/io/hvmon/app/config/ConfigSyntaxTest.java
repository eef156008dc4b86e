package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that is not (acceptable) JSON: one line with line:column and a short explanation, no Jackson internals. */
class ConfigSyntaxTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", "config.json: the file is empty (expected a JSON object, for example {})"),
                Arguments.of(" \n\t\n", "config.json: the file is empty (expected a JSON object, for example {})"),
                Arguments.of("{\"values\": \"compat\",}", "config.json:1:21: comma before '}' (a trailing comma is not allowed)"),
                Arguments.of("{\"a\": [1,]}", "config.json:1:10: unexpected ']' (expected a value; a trailing comma is not allowed)"),
                Arguments.of("{\"values\" \"compat\"}", "config.json:1:11: unexpected '\"' (expected ':' after the key)"),
                Arguments.of("{\"values\": \"compat\"\n \"listen\": {}}",
                        "config.json:2:2: unexpected '\"' (expected ',' or '}' after a value in an object)"),
                Arguments.of("{\"a\": [1 2]}", "config.json:1:10: unexpected '2' (expected ',' or ']' after a value in an array)"),
                Arguments.of("{'values': 'compat'}", "config.json:1:2: strings and keys need double quotes, not single quotes"),
                Arguments.of("{values: 1}", "config.json:1:2: unexpected 'v' (expected a key in double quotes)"),
                Arguments.of("{\n  // the port\n  \"listen\": {}\n}", "config.json:2:3: comments are not allowed (config.json is plain JSON)"),
                Arguments.of("{\n  /* the port */\n}", "config.json:2:3: comments are not allowed (config.json is plain JSON)"),
                Arguments.of("{\"values\": compat}",
                        "config.json:1:18: unexpected word (expected a value: a string in double quotes, a number, true,"
                                + " false, null, an object or an array)"),
                Arguments.of("{\"hosts\": [{\"user\": \"EXAMPLE\\monitor\"}]}",
                        "config.json:1:30: invalid escape in a string (a backslash must be doubled, as in \"EXAMPLE\\\\monitor\")"),
                Arguments.of("{\"values\": \"com\npat\"}",
                        "config.json:1:16: control character inside a string (write it escaped, for example \\n or \\t)"),
                Arguments.of("{\"listen\": {}}}", "config.json:1:15: unexpected '}' (it closes nothing that is open)"),
                Arguments.of("{\"listen\": {\"port\": 020501}}",
                        "config.json:1:22: invalid number (JSON numbers have digits before and after any '.', no leading"
                                + " zeros and no '+')"),
                Arguments.of("{\"listen\": {\"port\": +1}}",
                        "config.json:1:22: invalid number (JSON numbers have digits before and after any '.', no leading"
                                + " zeros and no '+')"),
                Arguments.of("{\"listen\": {\"port\": NaN}}",
                        "config.json:1:24: NaN and Infinity are not allowed (JSON numbers are finite)"),
                Arguments.of("{\"listen\": {\"port\": 8", "config.json:1:22: unexpected end of the file (an object is not closed: missing '}')"),
                Arguments.of("{\"hosts\": [", "config.json:1:12: unexpected end of the file (an array is not closed: missing ']')"),
                Arguments.of("{\"values\": \"comp", "config.json:1:17: unexpected end of the file (a string is not closed: missing '\"')"),
                Arguments.of("{} {}", "config.json:1:4: unexpected content after the end of the top-level value"
                        + " (expected the end of the file)"),
                Arguments.of("{\n  \"listen\": {\"port\": 1},\n  \"listen\": {}\n}",
                        "config.json:3:3: listen: duplicate key (first written at 2:3; each key may appear only once)"),
                Arguments.of("{\"listen\": {\"port\": 1, \"port\": 2}}",
                        "config.json:1:24: listen.port: duplicate key (first written at 1:13; each key may appear only once)"),
                Arguments.of("{\"hosts\": [{\"n\\\"\": 1,\n    \"n\\\"\": 2}]}",
                        "config.json:2:5: hosts[0].n\": duplicate key (first written at 1:13; each key may appear only once)"),
                Arguments.of("{\"listen\": {\"port\": " + "9".repeat(150) + "}}",
                        "config.json:1:171: number has more than 100 characters"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void explainsSyntaxErrors(String json, String expected) {
        assertThat(ConfigErrorsTest.error(json)).isEqualTo(expected);
    }

    @Test
    void refusesDeepNesting() {
        String json = "{\"hosts\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(ConfigErrorsTest.error(json))
                .isEqualTo("config.json:1:26: objects and arrays are nested more than 16 levels deep");
    }

    @Test
    void neverMentionsJacksonOrJavaClasses() {
        cases().map(arguments -> ConfigErrorsTest.error((String) arguments.get()[0]))
                .forEach(message -> assertThat(message)
                        .doesNotContain("jackson", "Jackson", "Exception", "JsonReadFeature", "code ", "Source:"));
    }
}

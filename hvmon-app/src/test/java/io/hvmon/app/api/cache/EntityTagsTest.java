package io.hvmon.app.api.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    private static final String TAG = "\"abc123\"";

    @ParameterizedTest(name = "[{0}] matches \"abc123\": {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "\"abc123\"                        | true",
            "W/\"abc123\"                      | true",
            "\"x\", \"abc123\"                 | true",
            "\"x\",W/\"abc123\"                | true",
            "\"x\" ,  \"abc123\" ,             | true",
            "*                                 | true",
            "  *                               | true",
            "\"abc123-gz\"                     | false",
            "\"ABC123\"                        | false",
            "abc123                            | false",
            "\"x\"                             | false",
            "\"a,b\", \"abc123\"               | true",
            "\"abc123\"junk                    | false",
            "\"abc123                          | false",
            "*, \"abc123\"                     | false",
            "w/\"abc123\"                      | false",
            "''                                | false",
    })
    void weakComparison(String field, boolean matches) {
        assertThat(EntityTags.parse(List.of(field)).matches(TAG)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"\"x\" | \"abc123\"", "\"abc123\" | \"y\""})
    void severalFieldLinesCountAsOneList(String first, String second) {
        assertThat(EntityTags.parse(List.of(first, second)).matches(TAG)).isTrue();
    }
}

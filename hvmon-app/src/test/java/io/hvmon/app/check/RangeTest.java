package io.hvmon.app.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plugin guidelines' range table, value by value. */
class RangeTest {

    @ParameterizedTest(name = "{0} with {1}: alert {2}")
    @CsvSource(delimiter = '|', value = {
            // range  | value | alerts   (10: outside 0..10)
            "10       | -1    | true",
            "10       | 0     | false",
            "10       | 10    | false",
            "10       | 10.5  | true",
            // 10: below 10
            "10:      | 9.9   | true",
            "10:      | 10    | false",
            "10:      | 1e9   | false",
            // ~:10 above 10
            "~:10     | -1e9  | false",
            "~:10     | 10    | false",
            "~:10     | 11    | true",
            // 10:20 outside 10..20
            "10:20    | 9     | true",
            "10:20    | 10    | false",
            "10:20    | 20    | false",
            "10:20    | 21    | true",
            // @10:20 inside 10..20, ends included
            "@10:20   | 9     | false",
            "@10:20   | 10    | true",
            "@10:20   | 20    | true",
            "@10:20   | 21    | false",
            // decimals and negatives
            "-5:-1    | -3    | false",
            "-5:-1    | 0     | true",
            "0.5:1.5  | 1     | false",
            "@0       | 0     | true",
            "@~:0     | -1    | true",
    })
    void alertsAsTheGuidelinesSay(String range, double value, boolean alerts) {
        assertThat(Range.parse(range).alerts(value)).isEqualTo(alerts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''         | empty",
            "abc        | 'abc' is not a number",
            "10:5       | its start is above its end",
            "1:2:3      | '2:3' is not a number",
            "Infinity   | 'Infinity' is not a number",
            "NaN        | 'NaN' is not a number",
            "@          | '' is not a number",
    })
    void refusesWhatIsNotARange(String range, String why) {
        assertThatThrownBy(() -> Range.parse(range)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource({"10", "10:", "~:10", "10:20", "@10:20"})
    void keepsItsTextForPerfdata(String range) {
        assertThat(Range.parse(range).text()).isEqualTo(range);
    }
}

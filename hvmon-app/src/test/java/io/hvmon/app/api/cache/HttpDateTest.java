package io.hvmon.app.api.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDateTest {

    private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void writesImfFixdateWithATwoDigitDay() {
        assertThat(HttpDate.format(Instant.parse("2026-06-03T07:08:09.999Z"))).isEqualTo("Wed, 03 Jun 2026 07:08:09 GMT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
            "  Sun, 06 Nov 1994 08:49:37 GMT  "})
    void readsTheThreeFormsRfc9110Requires(String text) {
        assertThat(HttpDate.parse(List.of(text))).hasValue(RFC_EXAMPLE);
    }

    @Test
    void readsWhatItWrites() {
        Instant at = Instant.parse("2026-11-30T10:00:01Z");
        assertThat(HttpDate.parse(List.of(HttpDate.format(at)))).hasValue(at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-11-30T10:00:00Z", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 32 Nov 1994 08:49:37 GMT"})
    void anythingElseIsNoDate(String text) {
        assertThat(HttpDate.parse(List.of(text))).isEmpty();
    }

    @Test
    void aFieldGivenTwiceIsIgnored() {
        String date = HttpDate.format(RFC_EXAMPLE);
        assertThat(HttpDate.parse(List.of(date, date))).isEmpty();
        assertThat(HttpDate.parse(List.of())).isEmpty();
    }
}

package io.hvmon.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueStyleTest {

    @Test
    void wireNames() {
        assertThat(ValueStyle.COMPAT.wireName()).isEqualTo("compat");
        assertThat(ValueStyle.FRIENDLY.wireName()).isEqualTo("friendly");
        assertThat(ValueStyle.NUMERIC.wireName()).isEqualTo("numeric");
    }

    @Test
    void parseIgnoresCaseOnly() {
        assertThat(ValueStyle.parse("compat")).contains(ValueStyle.COMPAT);
        assertThat(ValueStyle.parse("Friendly")).contains(ValueStyle.FRIENDLY);
        assertThat(ValueStyle.parse("NUMERIC")).contains(ValueStyle.NUMERIC);
        assertThat(ValueStyle.parse(" compat")).isEmpty();
        assertThat(ValueStyle.parse("")).isEmpty();
        assertThat(ValueStyle.parse("raw")).isEmpty();
        assertThat(ValueStyle.parse(null)).isEmpty();
    }

    @Test
    void everyStyleRoundTripsThroughItsWireName() {
        for (ValueStyle style : ValueStyle.values()) {
            assertThat(ValueStyle.parse(style.wireName())).contains(style);
        }
    }
}

package io.hvmon.hyperv.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two forms of a transitional state: its own code, or 1 (Other) plus OtherEnabledState text (§6.2). */
class EnabledStateResolveTest {

    @ParameterizedTest(name = "1 + \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Saving               | SAVING
            Quiescing            | PAUSING
            Pausing              | PAUSING
            Resuming             | RESUMING
            FastSaving           | FAST_SAVING
            ComponentServicing   | COMPONENT_SERVICING
            Starting             | STARTING
            Stopping             | STOPPING
            Resetting            | RESET
            '  saving  '         | SAVING
            QUIESCING            | PAUSING
            Fast Saving          | FAST_SAVING
            """)
    void otherWithKnownTextBecomesThatState(String text, EnabledState expected) {
        assertThat(EnabledState.resolve(1L, text)).contains(expected);
    }

    @ParameterizedTest(name = "1 + \"{0}\" stays OTHER")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Snapshotting
            NULL
            ''
            '   '
            """)
    void otherWithUnknownOrMissingTextStaysOther(String text) {
        assertThat(EnabledState.resolve(1L, text)).contains(EnabledState.OTHER);
    }

    @Test
    void textIsIgnoredForOtherCodes() {
        assertThat(EnabledState.resolve(2L, "Saving")).contains(EnabledState.RUNNING);
        assertThat(EnabledState.resolve(32773L, null)).contains(EnabledState.SAVING);
        assertThat(EnabledState.resolve(6L, "")).contains(EnabledState.SAVED);
    }

    @Test
    void unknownAndNullCodesAreEmpty() {
        assertThat(EnabledState.resolve(32768L, null)).isEmpty();
        assertThat(EnabledState.resolve(32769L, "Saving")).isEmpty();
        assertThat(EnabledState.resolve(null, "Saving")).isEmpty();
        assertThat(EnabledState.resolve(null, null)).isEmpty();
    }
}

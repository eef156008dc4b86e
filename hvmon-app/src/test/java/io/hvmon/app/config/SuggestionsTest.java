package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource({"port,port,0", "prot,port,1", "prt,port,1", "adress,address,1", "PORT,port,0", "poort,port,1",
            "interval,interval_seconds,8", "'',abc,3"})
    void distance(String a, String b, int expected) {
        assertThat(Suggestions.distance(a.toLowerCase(java.util.Locale.ROOT), b)).isEqualTo(expected);
    }

    @Test
    void suggestsOnlyNearMisses() {
        List<String> keys = List.of("name", "url", "auth", "user", "password_env", "password_file", "tls");
        assertThat(Suggestions.closest("usr", keys)).contains("user");
        assertThat(Suggestions.closest("password_evn", keys)).contains("password_env");
        assertThat(Suggestions.closest("hostname", keys)).isEmpty();
        assertThat(Suggestions.closest("Name", keys)).contains("name");
    }
}

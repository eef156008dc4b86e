package io.hvmon.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** config.json's {@code events} object: history, subscribers and lag bounds, refused like every other key when wrong. */
class EventsConfigTest {

    private static EventsConfig events(String json) throws ConfigException {
        return ConfigLoader.parse(json, "config.json").events();
    }

    @Test
    void absentOrEmptyMeansTheDefaults() throws Exception {
        assertThat(events("{}")).isEqualTo(EventsConfig.DEFAULT).isEqualTo(new EventsConfig(1000, 32, null, null));
        assertThat(events("{\"events\": {}}")).isEqualTo(EventsConfig.DEFAULT);
    }

    @Test
    void readsEveryKey() throws Exception {
        assertThat(events("{\"events\": {\"history\": 0, \"max_subscribers\": 4, \"replication_lag_warning_seconds\": 600,"
                + " \"replication_lag_critical_seconds\": 1800}}"))
                .isEqualTo(new EventsConfig(0, 4, Duration.ofMinutes(10), Duration.ofMinutes(30)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"events\": []}|config.json:1:12: events: expected an object (keys: history, max_subscribers, replication_lag_warning_seconds, replication_lag_critical_seconds), found an array",
            "{\"events\": {\"history\": 100001}}|config.json:1:24: events.history: expected an integer from 0 to 100000, found 100001",
            "{\"events\": {\"history\": \"1000\"}}|config.json:1:24: events.history: expected an integer from 0 to 100000, found \"1000\"",
            "{\"events\": {\"max_subscribers\": 0}}|config.json:1:32: events.max_subscribers: expected an integer from 1 to 10000, found 0",
            "{\"events\": {\"histroy\": 5}}|config.json:1:13: events.histroy: unknown key (expected one of: history, max_subscribers, replication_lag_warning_seconds, replication_lag_critical_seconds); did you mean 'history'?",
            "{\"events\": {\"replication_lag_warning_seconds\": 600}}|config.json:1:48: events.replication_lag_warning_seconds: is set without replication_lag_critical_seconds; set both, or neither to use 2 and 4 replication intervals",
            "{\"events\": {\"replication_lag_warning_seconds\": 600, \"replication_lag_critical_seconds\": 600}}|config.json:1:89: events.replication_lag_critical_seconds: 600 is not longer than replication_lag_warning_seconds (600); expected more than 600",
    })
    void refusesWhatItDoesNotKnowWithKeyPathAndWhatWasExpected(String json, String expected) {
        assertThat(ConfigErrorsTest.error(json)).isEqualTo(expected);
    }
}

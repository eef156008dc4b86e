package io.hvmon.app.config;

import io.hvmon.app.log.LogFormat;
import io.hvmon.app.log.LogLevel;
import io.hvmon.app.log.LogSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** config.json's {@code logging} object: level and format, refused like every other key when wrong. */
class LoggingConfigTest {

    private static LogSettings logging(String json) throws ConfigException {
        return ConfigLoader.parse(json, "config.json").logging();
    }

    @Test
    void absentOrEmptyMeansInfoAsText() throws Exception {
        assertThat(logging("{}")).isEqualTo(LogSettings.DEFAULT).isEqualTo(new LogSettings(LogLevel.INFO, LogFormat.TEXT));
        assertThat(logging("{\"logging\": {}}")).isEqualTo(LogSettings.DEFAULT);
    }

    @Test
    void readsLevelAndFormatIgnoringCase() throws Exception {
        assertThat(logging("{\"logging\": {\"level\": \"debug\", \"format\": \"json\"}}"))
                .isEqualTo(new LogSettings(LogLevel.DEBUG, LogFormat.JSON));
        assertThat(logging("{\"logging\": {\"level\": \"WARN\"}}"))
                .isEqualTo(new LogSettings(LogLevel.WARN, LogFormat.TEXT));
        assertThat(logging("{\"logging\": {\"format\": \"Json\"}}"))
                .isEqualTo(new LogSettings(LogLevel.INFO, LogFormat.JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"logging\": \"debug\"}|config.json:1:13: logging: expected an object (keys: level, format), found \"debug\"",
            "{\"logging\": {\"level\": \"verbose\"}}|config.json:1:23: logging.level: expected one of \"error\", \"warn\", \"info\", \"debug\", found \"verbose\"",
            "{\"logging\": {\"level\": \"warning\"}}|config.json:1:23: logging.level: expected one of \"error\", \"warn\", \"info\", \"debug\", found \"warning\"",
            "{\"logging\": {\"level\": 3}}|config.json:1:23: logging.level: expected one of \"error\", \"warn\", \"info\", \"debug\", found 3",
            "{\"logging\": {\"level\": null}}|config.json:1:23: logging.level: expected one of \"error\", \"warn\", \"info\", \"debug\", found null",
            "{\"logging\": {\"format\": \"xml\"}}|config.json:1:24: logging.format: expected one of \"text\", \"json\", found \"xml\"",
            "{\"logging\": {\"format\": [\"json\"]}}|config.json:1:24: logging.format: expected one of \"text\", \"json\", found an array",
            "{\"logging\": {\"levle\": \"info\"}}|config.json:1:14: logging.levle: unknown key (expected one of: level, format); did you mean 'level'?",
            "{\"logging\": {\"file\": \"hvmon.log\"}}|config.json:1:14: logging.file: unknown key (expected one of: level, format)",
    })
    void refusesWhatItDoesNotKnowWithKeyPathAndWhatWasExpected(String json, String expected) {
        assertThat(ConfigErrorsTest.error(json)).isEqualTo(expected);
    }

    @Test
    void otherOverridesKeepTheLoggingSettings() throws Exception {
        HvmonConfig config = ConfigLoader.parse("{\"logging\": {\"level\": \"error\"}}", "config.json");
        assertThat(config.withListenPort(0).withValues(io.hvmon.app.view.ValueStyle.NUMERIC).logging().level())
                .isEqualTo(LogLevel.ERROR);
    }
}

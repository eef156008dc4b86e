package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** config.json's {@code notify.webhooks[]}: defaults, every key, refusals that never repeat a URL or secret. */
class NotifyConfigTest {

    private static NotifyConfig notify(String json) throws ConfigException {
        return ConfigLoader.parse(json, "config.json").notifications();
    }

    @Test
    void absentMeansNoWebhooksAndAUrlAloneMeansTheDefaults() throws Exception {
        assertThat(notify("{}")).isEqualTo(NotifyConfig.NONE);
        assertThat(notify("{\"notify\": {}}")).isEqualTo(NotifyConfig.NONE);
        assertThat(notify("{\"notify\": {\"webhooks\": [{\"url\": \"https://hooks.example.com/x\"}]}}").webhooks())
                .containsExactly(WebhookConfig.of(URI.create("https://hooks.example.com/x")));
    }

    @Test
    void readsEveryKey() throws Exception {
        WebhookConfig hook = notify("{\"notify\": {\"webhooks\": [{\"url\": \"http://10.0.0.5:8080/hvmon\","
                + " \"events\": [\"vm_state\", \"HOST_UNREACHABLE\"], \"format\": \"teams\", \"secret_env\": \"HOOK_KEY\","
                + " \"verify\": false, \"timeout_seconds\": 3}]}}").webhooks().getFirst();
        assertThat(hook).isEqualTo(new WebhookConfig(URI.create("http://10.0.0.5:8080/hvmon"),
                EnumSet.of(EventType.VM_STATE, EventType.HOST_UNREACHABLE), WebhookFormat.TEAMS,
                Optional.of(new PasswordSource.EnvironmentVariable("HOOK_KEY")), false, Duration.ofSeconds(3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"notify\": {\"webhooks\": {}}}|config.json:1:25: notify.webhooks: expected an array of webhooks, found an object",
            "{\"notify\": {\"webhooks\": [{}]}}|config.json:1:26: notify.webhooks[0]: no url; expected a url (an http:// or https:// URL with a host)",
            "{\"notify\": {\"webhooks\": [{\"url\": \"ftp://x/T0KEN\"}]}}|config.json:1:34: notify.webhooks[0].url: expected an http:// or https:// URL with a host (no user:password@, no #fragment), found a string that is not one (not shown: a webhook URL may hold a token)",
            "{\"notify\": {\"webhooks\": [{\"url\": \"http://x\", \"format\": \"discord\"}]}}|config.json:1:56: notify.webhooks[0].format: expected one of \"json\", \"slack\", \"teams\", found \"discord\"",
            "{\"notify\": {\"webhooks\": [{\"url\": \"http://x\", \"events\": [\"vm_exploded\"]}]}}|config.json:1:57: notify.webhooks[0].events[0]: expected one of vm_added, vm_removed, vm_state, vm_health, vm_heartbeat, replication_state, replication_health, replication_mode, replication_lag, checkpoint_created, checkpoint_removed, host_unreachable, host_recovered, found \"vm_exploded\"",
            "{\"notify\": {\"webhooks\": [{\"url\": \"http://x\", \"secret_env\": \"not a name\"}]}}|config.json:1:60: notify.webhooks[0].secret_env: expected the name of an environment variable (letters, digits and '_', not starting with a digit), found a string that is not one (not shown: it may be the secret)",
            "{\"notify\": {\"webhooks\": [{\"url\": \"http://x\", \"timeout_seconds\": 0}]}}|config.json:1:65: notify.webhooks[0].timeout_seconds: expected an integer from 1 to 300, found 0",
            "{\"notify\": {\"webhooks\": [{\"url\": \"http://x\", \"secret\": \"abc\"}]}}|config.json:1:46: notify.webhooks[0].secret: unknown key (expected one of: url, events, format, secret_env, secret_file, verify, timeout_seconds)",
    })
    void refusesWhatItDoesNotKnowWithKeyPathAndWhatWasExpected(String json, String expected) {
        assertThat(ConfigErrorsTest.error(json)).isEqualTo(expected);
    }
}

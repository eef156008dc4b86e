package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/CONFIG.md and the code must agree: its example loads, and its table lists exactly the keys the code knows. */
class ConfigDocsTest {

    static final Path DOC = Path.of("..", "docs", "CONFIG.md");

    @Test
    void annotatedExampleIsValid() throws Exception {
        HvmonConfig config = ConfigLoader.parse(jsonAfter("## Annotated example"), "CONFIG.md example");
        assertThat(config.hosts()).extracting(RemoteHostConfig::name).containsExactly("hv01", "hv02", "lab");
        assertThat(config.hosts().get(1).url().getPath()).isEqualTo("/wsman");
    }

    @Test
    void webhookExampleIsValid() throws Exception {
        HvmonConfig config = ConfigLoader.parse(jsonAfter("### Webhooks"), "CONFIG.md webhook example");
        assertThat(config.events().history()).isEqualTo(5000);
        assertThat(config.notifications().webhooks()).extracting(WebhookConfig::format)
                .containsExactly(WebhookFormat.JSON, WebhookFormat.SLACK);
    }

    /** The first JSON block after a heading. */
    private static String jsonAfter(String heading) throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```json\n", doc.indexOf(heading)) + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void secureExampleIsValid() throws Exception {
        HvmonConfig config = ConfigLoader.load(DOC.resolveSibling("config.secure.example.json"));
        assertThat(config.listen().tls()).isPresent();
        assertThat(config.security().apiKeys()).isNotEmpty();
        assertThat(config.security().allow()).isPresent();
    }

    @Test
    void tableListsEveryKey() throws Exception {
        List<String> documented = Files.readAllLines(DOC).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .toList();
        List<String> known = new ArrayList<>(ConfigBinder.TOP_KEYS);
        ListenBinder.KEYS.forEach(key -> known.add("listen." + key));
        TlsBinder.KEYS.forEach(key -> known.add("listen.tls." + key));
        SecurityBinder.KEYS.forEach(key -> known.add("security." + key));
        SecurityBinder.API_KEY_KEYS.forEach(key -> known.add("security.api_keys[]." + key));
        ConfigBinder.COLLECTION_KEYS.forEach(key -> known.add("collection." + key));
        HostsBinder.HOST_KEYS.forEach(key -> known.add("hosts[]." + key));
        HostsBinder.TLS_KEYS.forEach(key -> known.add("hosts[].tls." + key));
        LoggingBinder.KEYS.forEach(key -> known.add("logging." + key));
        EventsBinder.KEYS.forEach(key -> known.add("events." + key));
        NotifyBinder.KEYS.forEach(key -> known.add("notify." + key));
        NotifyBinder.WEBHOOK_KEYS.forEach(key -> known.add("notify.webhooks[]." + key));
        KerberosBinder.KEYS.forEach(key -> known.add("kerberos." + key));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void documentedDefaultsAreTheCodesDefaults() throws Exception {
        String doc = Files.readString(DOC);
        HvmonConfig defaults = HvmonConfig.defaults();
        assertThat(doc).contains("| `listen.address` | string | `\"" + defaults.listen().address() + "\"` |",
                "| `listen.port` | integer | `" + defaults.listen().port() + "` |",
                "| `listen.max_connections` | integer | `" + defaults.listen().maxConnections() + "` |",
                "| `listen.max_connections_per_client` | integer | `" + defaults.listen().maxConnectionsPerClient() + "` |",
                "| `values` | string | `\"" + defaults.values().wireName() + "\"` |",
                "| `collection.interval_seconds` | integer | `" + defaults.collection().interval().toSeconds() + "` |",
                "| `collection.timeout_seconds` | integer | `" + defaults.collection().timeout().toSeconds() + "` |",
                "| `collection.ready_when` | string | `\"" + defaults.collection().readyWhen().wireName() + "\"` |",
                "| `logging.level` | string | `\"" + defaults.logging().level().wireName() + "\"` |",
                "| `logging.format` | string | `\"" + defaults.logging().format().wireName() + "\"` |",
                "| `events.history` | integer | `" + defaults.events().history() + "` |",
                "| `events.max_subscribers` | integer | `" + defaults.events().maxSubscribers() + "` |",
                "| `notify.webhooks[].timeout_seconds` | integer | `" + WebhookConfig.DEFAULT_TIMEOUT.toSeconds() + "` |");
    }
}

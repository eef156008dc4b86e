package io.hvmon.app.run;

import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.http.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kerberos hosts from config.json become sources without a password to read, and a missing keytab stops the start. */
class KerberosSourcesTest {

    /** No variables at all: a keytab or ticket cache host must not ask for one. */
    private static final Passwords NO_PASSWORDS = new Passwords(Map.<String, String>of()::get);

    private static HvmonConfig config(Path dir, String hosts) throws Exception {
        Files.writeString(dir.resolve("krb5.conf"), "[libdefaults]\n default_realm = EXAMPLE.COM\n");
        return ConfigLoader.load(Files.writeString(dir.resolve("config.json"),
                "{\"kerberos\": {\"krb5_conf\": \"krb5.conf\"}, \"hosts\": [" + hosts + "]}"));
    }

    @Test
    void keytabAndTicketCacheHostsNeedNoPasswordAndSayWhoLogsOn(@TempDir Path dir) throws Exception {
        Path keytab = Files.write(dir.resolve("svc.keytab"), new byte[] {5, 2});
        if (Files.getFileAttributeView(keytab, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(keytab, PosixFilePermissions.fromString("rw-------"));
        }
        HvmonConfig config = config(dir, """
                {"name": "hv01", "url": "http://hv01.example.com:5985/wsman", "auth": "kerberos",
                 "user": "svc@EXAMPLE.COM", "keytab": "svc.keytab", "spn": "HTTP/hv01.example.com@EXAMPLE.COM"},
                {"name": "hv02", "url": "https://hv02.example.com:5986/wsman", "auth": "kerberos",
                 "ticket_cache": true}
                """);
        String before = System.getProperty("java.security.krb5.conf");
        try (LogCapture logs = new LogCapture()) {
            List<HostSource> sources = RemoteSources.of(config, NO_PASSWORDS);

            assertThat(System.getProperty("java.security.krb5.conf")).isEqualTo(dir.resolve("krb5.conf").toString());
            assertThat(sources.get(0).description()).isEqualTo("WS-Man http://hv01.example.com:5985/wsman (kerberos,"
                    + " user svc@EXAMPLE.COM, keytab " + keytab + ", SPN HTTP/hv01.example.com@EXAMPLE.COM)");
            assertThat(sources.get(1).description()).isEqualTo("WS-Man https://hv02.example.com:5986/wsman (kerberos,"
                    + " the ticket cache's principal, ticket cache (default))");
            assertThat(logs.lines()).noneMatch(line -> line.contains(" WARNING "));
        } finally {
            if (before == null) {
                System.clearProperty("java.security.krb5.conf");
            } else {
                System.setProperty("java.security.krb5.conf", before);
            }
        }
    }

    @Test
    void aMissingKeytabStopsTheStartNamingHostAndFile(@TempDir Path dir) throws Exception {
        HvmonConfig config = config(dir, """
                {"name": "hv01", "url": "https://hv01.example.com:5986/wsman", "auth": "kerberos",
                 "user": "svc@EXAMPLE.COM", "keytab": "gone.keytab"}
                """);
        assertThatThrownBy(() -> RemoteSources.create(config.hosts(), NO_PASSWORDS, config.collection().timeout()))
                .isInstanceOf(UserError.class)
                .hasMessage("host hv01: keytab " + dir.resolve("gone.keytab") + " does not exist");
    }
}

package io.hvmon.wsman.kerberos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link MitKdc}'s configuration files (the KDC's kdc.conf, the clients' krb5.conf) and its loopback port. */
final class KdcConfig {

    private KdcConfig() {
    }

    /**
     * Writes the realm's files for this port. Every principal requires pre-authentication (+preauth), as in Active
     * Directory: without it the KDC never sees the client's clock. Clients use TCP (udp_preference_limit = 1) and no
     * DNS, so nothing leaves loopback.
     */
    static void write(Path dir, int port) {
        write(dir, "kadm5.acl", "");
        write(dir, "kdc.conf", """
                [kdcdefaults]
                 kdc_ports = %2$d
                 kdc_tcp_ports = %2$d
                [realms]
                 %3$s = {
                  database_name = %1$s/principal
                  key_stash_file = %1$s/stash
                  acl_file = %1$s/kadm5.acl
                  kdc_ports = %2$d
                  kdc_tcp_ports = %2$d
                  master_key_type = aes256-cts-hmac-sha1-96
                  supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
                  default_principal_flags = +preauth
                 }
                [logging]
                 kdc = FILE:%1$s/kdc.log
                """.formatted(dir, port, MitKdc.REALM));
        write(dir, "krb5.conf", """
                [libdefaults]
                 default_realm = %2$s
                 dns_lookup_kdc = false
                 dns_lookup_realm = false
                 dns_canonicalize_hostname = false
                 rdns = false
                 udp_preference_limit = 1
                [realms]
                 %2$s = {
                  kdc = 127.0.0.1:%1$d
                 }
                [domain_realm]
                 localhost = %2$s
                 .localhost = %2$s
                 127.0.0.1 = %2$s
                """.formatted(port, MitKdc.REALM));
    }

    private static void write(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port free on loopback a moment ago (krb5kdc binds it for UDP and TCP; it may be taken meanwhile). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

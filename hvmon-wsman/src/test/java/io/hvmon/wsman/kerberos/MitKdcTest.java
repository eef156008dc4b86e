package io.hvmon.wsman.kerberos;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.kerberos.KerberosPrincipal;
import javax.security.auth.kerberos.KerberosTicket;
import javax.security.auth.kerberos.KeyTab;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The KDC fixture against real peers: MIT's kinit and klist, and the JDK's own Kerberos (JAAS Krb5LoginModule) with a
 * password, with a keytab, against a KDC whose clock is off and against no KDC at all. The JDK's messages are
 * printed, as the words production code has to translate.
 */
@Timeout(120)
class MitKdcTest {

    private static final String USER = "alice@" + MitKdc.REALM;
    private static final String PASSWORD = "Alice-Pa55";
    private static final String SERVICE = "HTTP/localhost@" + MitKdc.REALM;
    private static MitKdc kdc;

    @BeforeAll
    static void realm() {
        MitKdc.assumeAvailable();
        kdc = MitKdc.shared();
        kdc.useInThisJvm();
        kdc.addUser("alice", PASSWORD);
        kdc.addService("HTTP/localhost");
    }

    @Test
    void kinitMakesATicketCacheThatKlistReads() throws Exception {
        Path cache = kdc.kinit(USER, PASSWORD);

        assertThat(cache).isRegularFile();
        Process klist = new ProcessBuilder("/usr/bin/klist", "-c", "FILE:" + cache).redirectErrorStream(true).start();
        String listing = new String(klist.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(klist.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(listing).contains("Default principal: " + USER).contains("krbtgt/HVMON.TEST@HVMON.TEST");
    }

    @Test
    void kinitWithAWrongPasswordFails() {
        assertThatThrownBy(() -> kdc.kinit(USER, "not-it")).hasMessageContaining("Password incorrect");
    }

    @Test
    void theJdkGetsATicketWithAPassword() throws Exception {
        Subject subject = passwordLogin(USER, PASSWORD);

        KerberosTicket tgt = subject.getPrivateCredentials(KerberosTicket.class).iterator().next();
        assertThat(tgt.getClient().getName()).isEqualTo(USER);
        assertThat(tgt.getServer().getName()).isEqualTo("krbtgt/HVMON.TEST@HVMON.TEST");
    }

    @Test
    void aServiceLogsInWithItsKeytab() throws Exception {
        Path keytab = kdc.keytab(SERVICE);

        Subject subject = login(Map.of("useKeyTab", "true", "keyTab", keytab.toString(), "storeKey", "true",
                "isInitiator", "false", "doNotPrompt", "true", "principal", SERVICE), null);

        KeyTab held = subject.getPrivateCredentials(KeyTab.class).iterator().next();
        assertThat(held.getKeys(new KerberosPrincipal(SERVICE))).isNotEmpty();
    }

    @Test
    void aUsersKeytabLeavesThePasswordValid() throws Exception {
        Path keytab = kdc.keytab(USER);

        // as initiator, the keytab's key gets a TGT from the KDC: it is the key the KDC holds
        Subject withKeytab = login(Map.of("useKeyTab", "true", "keyTab", keytab.toString(), "doNotPrompt", "true",
                "principal", USER), null);
        assertThat(withKeytab.getPrivateCredentials(KerberosTicket.class)).isNotEmpty();
        assertThat(passwordLogin(USER, PASSWORD).getPrivateCredentials(KerberosTicket.class)).isNotEmpty();
    }

    @Test
    void theJdksMessagesForRefusals() {
        assertThatThrownBy(() -> passwordLogin(USER, "not-it"))
                .isInstanceOf(LoginException.class).satisfies(e -> print("wrong password", e))
                .hasMessageContaining("(24)");
        assertThatThrownBy(() -> passwordLogin("nobody@" + MitKdc.REALM, "whatever"))
                .isInstanceOf(LoginException.class).satisfies(e -> print("unknown principal", e))
                .hasMessageContaining("(6)");
    }

    @Test
    void aKdcWhoseClockIsOffIsRefusedUntilItIsRight() throws Exception {
        MitKdc.assumeClockOffsetsAvailable();
        kdc.restartWithClockOffset("+15m");
        try {
            assertThatThrownBy(() -> passwordLogin(USER, PASSWORD))
                    .isInstanceOf(LoginException.class).satisfies(e -> print("clock skew", e))
                    .hasMessageContaining("Clock skew too great").hasMessageContaining("(37)");
            // MIT's kinit is not refused: it takes the KDC's time from the KDC's "pre-authentication required" answer
            assertThat(kdc.kinit(USER, PASSWORD)).isRegularFile();
        } finally {
            kdc.restartNormally();
        }
        assertThat(passwordLogin(USER, PASSWORD).getPrivateCredentials(KerberosTicket.class)).isNotEmpty();
    }

    @Test
    void noKdcListening() throws Exception {
        Path closed = Files.createTempFile("krb5-closed", ".conf");
        try {
            Files.writeString(closed, Files.readString(kdc.krb5Conf()).replace(":" + kdc.port(), ":" + closedPort()));
            System.setProperty("java.security.krb5.conf", closed.toString());
            assertThatThrownBy(() -> passwordLogin(USER, PASSWORD))
                    .isInstanceOf(LoginException.class).satisfies(e -> print("KDC unreachable", e));
        } finally {
            kdc.useInThisJvm();
            Files.delete(closed);
        }
        assertThat(passwordLogin(USER, PASSWORD).getPrivateCredentials(KerberosTicket.class)).isNotEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Subject passwordLogin(String principal, String password) throws LoginException {
        return login(Map.of("principal", principal, "useTicketCache", "false", "storeKey", "false"), callbacks -> {
            for (var callback : callbacks) {
                switch (callback) {
                    case NameCallback name -> name.setName(principal);
                    case PasswordCallback secret -> secret.setPassword(password.toCharArray());
                    default -> throw new UnsupportedCallbackException(callback);
                }
            }
        });
    }

    /** A JAAS login with Krb5LoginModule, configured here, not in a JAAS file; krb5.conf is re-read each time. */
    private static Subject login(Map<String, String> options, CallbackHandler handler) throws LoginException {
        Map<String, String> all = new HashMap<>(options);
        all.put("refreshKrb5Config", "true");
        Configuration config = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[]{new AppConfigurationEntry(
                        "com.sun.security.auth.module.Krb5LoginModule", LoginModuleControlFlag.REQUIRED, all)};
            }
        };
        Subject subject = new Subject();
        new LoginContext("hvmon-test", subject, handler, config).login();
        return subject;
    }

    private static void print(String what, Throwable e) {
        System.out.println("JDK on " + what + ": " + e);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            System.out.println("    caused by: " + cause);
        }
    }
}

package io.hvmon.simulator.wsman;

import io.hvmon.wsman.kerberos.KerberosAcceptor;
import io.hvmon.wsman.kerberos.KerberosException;
import io.hvmon.wsman.kerberos.MitKdc;

import java.nio.file.Path;
import java.util.Map;

/**
 * The test realm's principals, made once per JVM in the shared {@link MitKdc}: the user {@value #USER} and the
 * simulated host's service {@value #SERVICE}, whose keytab the simulator reads as a domain-joined host would.
 */
final class TestRealm {

    static final String USER = "monitor";
    static final String PRINCIPAL = USER + "@" + MitKdc.REALM;
    static final String PASSWORD = "Kerb-Pa55";
    static final String SERVICE = "HTTP/localhost@" + MitKdc.REALM;

    private static TestRealm realm;

    final MitKdc kdc;
    final Path serviceKeytab;
    final Path userKeytab;

    private TestRealm(MitKdc kdc) {
        this.kdc = kdc;
        kdc.addUser(PRINCIPAL, PASSWORD);
        kdc.addService(SERVICE);
        this.serviceKeytab = kdc.keytab(SERVICE);
        this.userKeytab = kdc.keytab(PRINCIPAL);
    }

    /** The realm, after skipping the test where MIT Kerberos is not installed (never on the Linux CI). */
    static synchronized TestRealm get() {
        MitKdc.assumeAvailable();
        if (realm == null) {
            realm = new TestRealm(MitKdc.shared());
        }
        realm.kdc.useInThisJvm();
        return realm;
    }

    /**
     * Another user with {@link #PASSWORD}, for tests that must reach the KDC: logins are shared per identity in a
     * process, so {@link #PRINCIPAL}'s TGT may already be held.
     */
    String freshUser(String name) {
        String principal = name + "@" + MitKdc.REALM;
        kdc.addUser(principal, PASSWORD);
        return principal;
    }

    /**
     * The environment of an MIT Kerberos client (pywinrm, python3-gssapi) logged on as {@link #PRINCIPAL}: this
     * realm's krb5.conf and a fresh ticket cache that MIT's kinit filled.
     */
    Map<String, String> clientEnvironment() {
        Path cache = kdc.kinit(PRINCIPAL, PASSWORD);
        return Map.of("KRB5_CONFIG", kdc.krb5Conf().toString(), "KRB5CCNAME", "FILE:" + cache);
    }

    /** The simulated host's Kerberos side: its service keys from the keytab. */
    KerberosAcceptor acceptor() throws KerberosException {
        return KerberosAcceptor.fromKeytab(SERVICE, serviceKeytab);
    }
}

package io.hvmon.wsman.kerberos;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real MIT Kerberos KDC (Debian's krb5-kdc) for the realm {@value #REALM} on a free loopback port, in a temporary
 * directory, for tests. One per JVM ({@link #shared()}), because the JDK's Kerberos configuration is JVM-wide; a
 * shutdown hook stops it and deletes its directory; should the JVM die without running it, the KDC still stops
 * ({@link KdcProcess}). Every principal requires pre-authentication, as Active Directory does.
 */
public final class MitKdc {

    public static final String REALM = "HVMON.TEST";
    private static final Path KRB5KDC = Path.of("/usr/sbin/krb5kdc");
    private static final Path KDB5_UTIL = Path.of("/usr/sbin/kdb5_util");
    private static final Path KADMIN_LOCAL = Path.of("/usr/sbin/kadmin.local");
    private static final Path KINIT = Path.of("/usr/bin/kinit");
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(30);
    private static MitKdc shared;

    private final Path dir;
    private final Map<String, String> env;
    private final KdcProcess process;
    private int port;
    private int files;

    private MitKdc(Path dir) {
        this.dir = dir;
        this.env = Map.of("KRB5_CONFIG", krb5Conf().toString(), "KRB5_KDC_PROFILE", dir.resolve("kdc.conf").toString());
        this.process = new KdcProcess(dir, env);
    }

    /** True where the MIT tools this needs are installed (apt-get install krb5-kdc krb5-admin-server krb5-user). */
    public static boolean available() {
        return Stream.of(KRB5KDC, KDB5_UTIL, KADMIN_LOCAL, KINIT).allMatch(Files::isExecutable);
    }

    /** Skips the test where the KDC is not installed, unless this is the Linux CI (.ci/run installs it). */
    public static void assumeAvailable() {
        require(available(), "MIT Kerberos is not installed (apt-get install krb5-kdc krb5-admin-server krb5-user)");
    }

    /** Skips {@link #restartWithClockOffset} tests where libfaketime is missing, as {@link #assumeAvailable} does. */
    public static void assumeClockOffsetsAvailable() {
        require(KdcProcess.libfaketime() != null, "libfaketime is not installed (apt-get install faketime)");
    }

    private static void require(boolean present, String missing) {
        // GitHub sets CI=true on its Windows runners too, where Debian's packages do not exist
        if (!present && "true".equals(System.getenv("CI")) && OS.LINUX.isCurrentOs()) {
            throw new AssertionError(missing + ": .ci/run must install it");
        }
        Assumptions.assumeTrue(present, missing);
    }

    /** This JVM's KDC, started on the first call. */
    public static synchronized MitKdc shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "mit-kdc-stop"));
        }
        return shared;
    }

    private static MitKdc start() {
        MitKdc kdc;
        try {
            kdc = new MitKdc(Files.createTempDirectory("hvmon-kdc-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // the free port can be taken by someone else before krb5kdc binds it: then try another
            for (int attempt = 1; ; attempt++) {
                kdc.port = KdcConfig.freePort();
                KdcConfig.write(kdc.dir, kdc.port);
                if (attempt == 1) {
                    kdc.tool(null, KDB5_UTIL.toString(), "create", "-s", "-r", REALM, "-P", secret());
                }
                try {
                    kdc.process.start(kdc.port, null);
                    return kdc;
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            kdc.close();
            throw e;
        }
    }

    /**
     * Points the JDK's Kerberos at this KDC: sets the JVM-wide {@code java.security.krb5.conf}. Left to the tests to
     * call (the fixture itself sets nothing JVM-wide), so that what a test depends on is written in the test. The JDK
     * reads the file once and caches it: logins must also pass {@code refreshKrb5Config=true}, or call
     * {@code sun.security.krb5.Config.refresh()}, if some earlier code already read another configuration.
     */
    public void useInThisJvm() {
        System.setProperty("java.security.krb5.conf", krb5Conf().toString());
    }

    public String realm() {
        return REALM;
    }

    public int port() {
        return port;
    }

    /** The clients' configuration: this realm, its KDC over TCP on loopback, no DNS. */
    public Path krb5Conf() {
        return dir.resolve("krb5.conf");
    }

    /** A user principal ({@code name} or {@code name@HVMON.TEST}) with this password. */
    public synchronized void addUser(String name, String password) {
        kadmin("addprinc -pw " + word(password) + " " + word(name));
    }

    /** A service principal such as {@code HTTP/localhost} with a random key; {@link #keytab} gives its key. */
    public synchronized void addService(String principal) {
        kadmin("addprinc -randkey " + word(principal));
    }

    /** A fresh keytab with the principal's current keys: not new ones, so that a user's password stays valid. */
    public synchronized Path keytab(String principal) {
        Path keytab = dir.resolve("keytab-" + ++files);
        kadmin("ktadd -k " + word(keytab.toString()) + " -norandkey " + word(principal));
        return keytab;
    }

    /** A fresh FILE ticket cache holding the principal's TGT, got by MIT's kinit with the password. */
    public synchronized Path kinit(String principal, String password) {
        Path cache = dir.resolve("ccache-" + ++files);
        tool(password + "\n", KINIT.toString(), "-c", "FILE:" + cache, principal);
        return cache;
    }

    /** Restarts the KDC on the same port and database, its clock moved by {@code offset} (as faketime's: +15m). */
    public synchronized void restartWithClockOffset(String offset) {
        process.stop();
        process.start(port, offset);
    }

    public synchronized void restartNormally() {
        process.stop();
        process.start(port, null);
    }

    private void kadmin(String query) {
        tool(null, KADMIN_LOCAL.toString(), "-r", REALM, "-q", query);
    }

    private void tool(String stdin, String... command) {
        Tool.run(dir, env, stdin, TOOL_TIMEOUT, command);
    }

    /** kadmin splits its query at blanks and reads quotes itself: test names and passwords must have neither. */
    private static String word(String s) {
        if (s.isEmpty() || !s.matches("[^\\s\"'\\\\]+")) {
            throw new IllegalArgumentException("not a single plain word: " + s);
        }
        return s;
    }

    private void close() {
        process.stop();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is no failure
        }
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package io.hvmon.simulator.wsman;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code interop/pywinrm_enumerate.py} (Debian's pywinrm 0.3.0) and returns the JSON line it prints. */
final class Pywinrm {

    private Pywinrm() {
    }

    /**
     * Skips the test where these Python modules are missing, unless this is the Linux CI (.ci/run installs them:
     * python3-winrm, python3-requests-kerberos, python3-gssapi), where it fails.
     */
    static void require(String... modules) throws Exception {
        boolean present;
        try {
            Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            present = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (java.io.IOException e) {
            present = false;
        }
        String missing = "Python modules " + String.join(", ", modules) + " are not installed";
        // GitHub sets CI=true on its Windows runners too, where Debian's packages do not exist
        if (!present && "true".equals(System.getenv("CI")) && OS.LINUX.isCurrentOs()) {
            throw new AssertionError(missing + ": .ci/run must install them");
        }
        Assumptions.assumeTrue(present, missing);
    }

    static Map<String, Object> enumerate(String url, String transport, String user, String password, String wql,
                                         Map<String, String> environment) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("EP", url, "WSUSER", user, "WSPASS", password,
                "TRANSPORT", transport, "WQL", wql, "MAX_ELEMENTS", "5",
                "OPENSSL_CONF", resource("openssl-legacy.cnf").toString())); // MD4 for NTLM
        env.putAll(environment);
        ProcessBuilder python = new ProcessBuilder("/usr/bin/python3", resource("pywinrm_enumerate.py").toString());
        python.environment().putAll(env);
        Process process = python.redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pywinrm did not finish in 90 s");
        }
        assertThat(process.exitValue()).as(output).isZero();
        return JSON.std.mapFrom(output.strip().lines().reduce((a, b) -> b).orElse(""));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Pywinrm.class.getResource("/interop/" + name).toURI());
    }
}

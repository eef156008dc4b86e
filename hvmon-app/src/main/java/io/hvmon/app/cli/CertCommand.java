package io.hvmon.app.cli;

import io.hvmon.app.security.SelfSignedCertificate;
import io.hvmon.app.security.ServerCredentials;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/** {@code hvmon cert self-signed}: a certificate for a quick start with {@code listen.tls}. */
@Command(name = "cert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Certificates for the API's https.", subcommands = CertCommand.SelfSigned.class)
final class CertCommand implements Runnable {

    @Override
    public void run() {
        throw new UserError(2, "give a subcommand: 'hvmon cert self-signed --out DIR'");
    }

    @Command(name = "self-signed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write cert.pem and key.pem (PKCS#8, mode 600) for listen.tls: a self-signed certificate"
                    + " for localhost, 127.0.0.1, ::1 and the --host names.")
    static final class SelfSigned implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory to write to")
        Path out;

        @Option(names = "--host", paramLabel = "NAME", description = "a DNS name or IP address clients use (repeatable)")
        List<String> hosts = new ArrayList<>();

        @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "EC",
                description = "EC (P-256) or RSA (3072 bits) (default: ${DEFAULT-VALUE})")
        SelfSignedCertificate.KeyType keyType;

        @Option(names = "--days", paramLabel = "N", defaultValue = "825",
                description = "validity in days (default: ${DEFAULT-VALUE})")
        int days;

        @Override
        public void run() {
            Limits.check("--days", days, 1, 3650);
            for (String host : hosts) {
                if (!host.matches("[A-Za-z0-9.:*-]{1,253}")) {
                    throw new UserError(2, "--host must be a DNS name or IP address; got '" + host + "'");
                }
            }
            try {
                ServerCredentials written = SelfSignedCertificate.write(out, hosts, keyType, days);
                var print = spec.commandLine().getOut();
                print.println("wrote " + out.resolve("cert.pem") + " and " + out.resolve("key.pem") + " (mode 600)");
                print.println("  " + written.describe());
                print.println("Use them in config.json:");
                print.println("  \"listen\": { \"tls\": { \"certificate\": \"" + out.resolve("cert.pem")
                        + "\", \"private_key\": \"" + out.resolve("key.pem") + "\" } }");
                print.println("Clients must trust cert.pem (curl --cacert cert.pem, Prometheus tls_config.ca_file).");
                print.flush();
            } catch (IOException | GeneralSecurityException e) {
                throw new UserError(1, "cannot write the certificate: " + e.getMessage());
            }
        }
    }
}

package io.hvmon.app.cli;

import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.config.ConfigException;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.app.config.SecurityConfig;
import io.hvmon.app.config.ServerTls;
import io.hvmon.app.run.UserError;
import io.hvmon.app.security.ApiKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** {@code hvmon config check FILE}: validates a config and says what it means, without starting anything. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check config files.", subcommands = ConfigCommand.Check.class)
final class ConfigCommand implements Runnable {

    @Override
    public void run() {
        throw new UserError(2, "give a subcommand: 'hvmon config check FILE'");
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Validate FILE: exit 0 with a summary, or 2 with every problem as FILE:LINE:COLUMN: key: message."
                    + " Certificate, password and keytab files are not opened; kerberos.krb5_conf must exist.")
    static final class Check implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the config.json to check")
        Path file;

        @Override
        public void run() {
            HvmonConfig config;
            try {
                config = ConfigLoader.load(file);
            } catch (ConfigException e) {
                throw new UserError(2, "invalid configuration:\n" + e.getMessage());
            }
            summarize(config, spec.commandLine().getOut());
        }

        static void summarize(HvmonConfig config, PrintWriter out) {
            out.println("ok: the configuration is valid");
            out.println("  listen      " + config.listen().address() + ":" + config.listen().port() + ", "
                    + config.listen().tls().map(Check::tls).orElse("plain http (no listen.tls)"));
            out.println("  values      " + config.values().wireName());
            out.println("  collection  every " + config.collection().interval().toSeconds() + " s, timeout "
                    + config.collection().timeout().toSeconds() + " s");
            out.println("  ready when  " + readiness(config.collection().readyWhen()) + " (/readyz; collection.ready_when "
                    + config.collection().readyWhen().wireName() + ")");
            out.println("  logging     " + config.logging().level().wireName() + " and above, as "
                    + config.logging().format().wireName());
            out.println("  events      " + config.events().history() + " kept, at most "
                    + config.events().maxSubscribers() + " clients; replication lag bounds "
                    + (config.events().lagWarning() == null ? "2 and 4 replication intervals"
                    : config.events().lagWarning().toSeconds() + " s and " + config.events().lagCritical().toSeconds()
                    + " s"));
            for (io.hvmon.app.config.WebhookConfig hook : config.notifications().webhooks()) {
                out.println("  webhook     " + hook.target() + " (" + hook.format().wireName() + ", "
                        + (hook.events().size() == io.hvmon.events.EventType.values().length ? "every event"
                        : hook.events().size() + " event types") + (hook.secret().isPresent() ? ", signed" : "")
                        + (hook.verify() ? "" : ", certificate NOT verified") + ")");
            }
            if (config.hosts().isEmpty()) {
                out.println("  hosts       none: the local machine (agent, Windows)");
            } else {
                out.println("  hosts       " + config.hosts().size());
                for (RemoteHostConfig host : config.hosts()) {
                    out.println("    " + host.name() + "  " + host.url() + "  " + host.auth().wireName() + " as "
                            + logon(host) + (host.tls().verify() ? "" : ", certificate NOT verified"));
                }
            }
            config.kerberos().krb5Conf().ifPresent(file -> out.println("  kerberos    krb5.conf " + file));
            SecurityConfig security = config.security();
            out.println("  api keys    " + (security.apiKeys().isEmpty() ? "none: the API is open to anyone who can reach it"
                    : security.apiKeys().stream().map(ApiKey::name).collect(Collectors.joining(", "))));
            if (!security.openPaths().isEmpty()) {
                out.println("  open paths  " + String.join(", ", security.openPaths()));
            }
            out.println("  allow       " + security.allow().map(list -> list.stream().map(Object::toString)
                    .collect(Collectors.joining(", "))).orElse("every address"));
            if (!security.trustedProxies().isEmpty()) {
                out.println("  proxies     " + security.trustedProxies().stream().map(Object::toString)
                        .collect(Collectors.joining(", ")) + " (X-Forwarded-For believed from these)");
            }
            out.flush();
        }

        private static String readiness(ReadyWhen policy) {
            return switch (policy) {
                case ANY_HOST -> "any host is fresh";
                case ALL_HOSTS -> "every host is fresh";
            };
        }

        private static String tls(ServerTls tls) {
            return switch (tls) {
                case ServerTls.Pem pem -> "https with " + pem.certificate() + " and " + pem.privateKey();
                case ServerTls.Pkcs12 p12 -> "https with " + p12.file() + ", password from " + password(p12.password());
            };
        }

        private static String password(RemoteHostConfig.PasswordSource source) {
            return switch (source) {
                case RemoteHostConfig.PasswordSource.EnvironmentVariable env -> "environment variable " + env.variable();
                case RemoteHostConfig.PasswordSource.File file -> "file " + file.path();
                case RemoteHostConfig.PasswordSource.None none -> "nowhere";
            };
        }

        /** "user, password from ...", or the user and the keytab or ticket cache that replace the password. */
        private static String logon(RemoteHostConfig host) {
            RemoteHostConfig.Kerberos kerberos = host.kerberos();
            String who = host.user() == null ? "the ticket cache's principal" : host.user();
            String keys = kerberos.keytab().map(file -> ", keytab " + file).orElse(kerberos.ticketCache()
                    ? ", ticket cache " + kerberos.cacheFile().map(Path::toString).orElse("(default)")
                    : ", password from " + password(host.password()));
            return who + keys + kerberos.spn().map(spn -> ", SPN " + spn).orElse("");
        }
    }
}

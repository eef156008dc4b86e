package io.hvmon.app.run;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.windows.Platform;
import io.hvmon.windows.wmi.LocalWmi;

import java.util.List;

/**
 * What {@code serve} (and the Windows service) collects from: the hosts listed in the config over WS-Management
 * (the collector), or, with none listed, this machine's own WMI over COM (the agent on a Hyper-V host).
 */
public final class ServeSources {

    private ServeSources() {
    }

    /** The sources for this config; off Windows a config without hosts is a usage error (exit 2). */
    public static List<HostSource> of(HvmonConfig settings) {
        if (!settings.hosts().isEmpty()) {
            return RemoteSources.of(settings, Passwords.fromSystem());
        }
        if (!Platform.isWindows()) {
            throw new UserError(2, "no Hyper-V hosts to collect: the config lists none under \"hosts\", and reading"
                    + " this machine's own WMI (the agent) needs Windows with Hyper-V; this is " + Platform.osName()
                    + ".\n"
                    + "  To collect Hyper-V hosts from here over WS-Management: list them under \"hosts\" in a config"
                    + " file (see docs/CONFIG.md) and run 'hvmon serve --config FILE'\n"
                    + "  To try hvmon here:                                        hvmon demo");
        }
        return List.of(local(settings));
    }

    /** Whether these sources read the local machine (the agent) rather than remote hosts. */
    public static boolean isAgent(HvmonConfig settings) {
        return settings.hosts().isEmpty();
    }

    private static HostSource local(HvmonConfig settings) {
        var timeout = settings.collection().timeout();
        return new HostSource(LocalWmi.computerName(), "local WMI (COM, root\\virtualization\\v2)",
                () -> LocalWmi.open(timeout));
    }
}

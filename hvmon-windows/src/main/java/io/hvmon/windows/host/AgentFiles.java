package io.hvmon.windows.host;

import io.hvmon.windows.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the agent's files on a Windows host: {@code %ProgramData%\hvmon} (Administrators and SYSTEM only), its
 * {@code config.json} when missing, and {@code logs}. Folders and files that exist are left as they are, so an
 * administrator's own permissions and config survive a reinstall.
 */
public final class AgentFiles {

    private AgentFiles() {
    }

    /**
     * At {@code service install}: creates what is missing, protected; a service account other than LocalSystem may
     * read the config and write the logs.
     *
     * @param serviceAccount the account as CreateService takes it; null for LocalSystem
     * @param withConfig     whether to write config.json when missing (not when the service reads another file)
     * @return whether config.json was created
     */
    public static boolean prepare(AgentPaths paths, String serviceAccount, boolean withConfig) throws IOException {
        requireWindows();
        WindowsFileAcls acls = WindowsFileAcls.forServiceAccount(serviceAccount);
        if (!Files.isDirectory(paths.root())) {
            Files.createDirectories(paths.root());
            acls.agentFolder(paths.root());
        }
        if (!Files.isDirectory(paths.logDirectory())) {
            Files.createDirectories(paths.logDirectory());
            acls.logFolder(paths.logDirectory());
        }
        return withConfig && AgentConfigFile.createIfMissing(paths.configFile(), acls.configFile());
    }

    /**
     * At {@code service run}: as {@link #prepare} for a LocalSystem service, so a service created by other means
     * (sc.exe, an MSI) gets the same protected folder and config the first time it starts.
     *
     * @return whether config.json was created
     */
    public static boolean ensureConfig(AgentPaths paths) throws IOException {
        return prepare(paths, null, true);
    }

    private static void requireWindows() {
        if (!Platform.isWindows()) {
            throw new IllegalStateException("the agent's files are Windows only; this is " + Platform.osName());
        }
    }
}

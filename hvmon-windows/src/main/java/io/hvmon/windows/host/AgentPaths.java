package io.hvmon.windows.host;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the agent keeps its files on a Windows host: {@code %ProgramData%\hvmon\config.json} and
 * {@code %ProgramData%\hvmon\logs}. Outside Program Files on purpose, so an MSI upgrade or uninstall never touches
 * them. Pure: computed from the environment it is given, so it is tested on any OS.
 *
 * @param root the agent's data folder, e.g. {@code C:\ProgramData\hvmon}
 */
public record AgentPaths(Path root) {

    /** Used when the environment has no ProgramData (it always has on Windows Vista and later). */
    static final String DEFAULT_PROGRAM_DATA = "C:\\ProgramData";

    public AgentPaths {
        Objects.requireNonNull(root, "root");
    }

    /** The paths under {@code %ProgramData%} as this environment names it. */
    public static AgentPaths fromEnvironment(Map<String, String> environment) {
        String programData = environment.get("ProgramData");
        if (programData == null || programData.isBlank()) {
            programData = environment.getOrDefault("ALLUSERSPROFILE", DEFAULT_PROGRAM_DATA);
        }
        return new AgentPaths(Path.of(programData.trim(), "hvmon"));
    }

    /** The paths of this machine. */
    public static AgentPaths ofThisMachine() {
        return fromEnvironment(System.getenv());
    }

    public Path configFile() {
        return root.resolve("config.json");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }
}

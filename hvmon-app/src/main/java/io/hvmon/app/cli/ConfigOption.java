package io.hvmon.app.cli;

import io.hvmon.app.config.ConfigException;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.UserError;
import io.hvmon.windows.Platform;
import io.hvmon.windows.host.AgentPaths;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --config FILE} option shared by the commands; no file means the defaults. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "config.json to read (default: none, built-in defaults)")
    Path file;

    HvmonConfig load() {
        return file == null ? HvmonConfig.defaults() : load(file);
    }

    /**
     * As {@link #load()}, except that on Windows without {@code --config} the agent's own config file
     * ({@code %ProgramData%\hvmon\config.json}) is read when it exists, as the service reads it.
     */
    HvmonConfig loadOrAgentDefault() {
        if (file == null && Platform.isWindows()) {
            Path agentConfig = AgentPaths.ofThisMachine().configFile();
            if (Files.isRegularFile(agentConfig)) {
                return load(agentConfig);
            }
        }
        return load();
    }

    static HvmonConfig load(Path file) {
        try {
            return ConfigLoader.load(file);
        } catch (ConfigException e) {
            throw new UserError(2, "invalid configuration:\n" + e.getMessage());
        }
    }
}

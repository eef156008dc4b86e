package io.hvmon.app.cli;

import io.hvmon.app.config.ConfigException;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --config FILE} option shared by the commands; no file means the defaults. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "config.json to read (default: none, built-in defaults)")
    Path file;

    HvmonConfig load() {
        if (file == null) {
            return HvmonConfig.defaults();
        }
        try {
            return ConfigLoader.load(file);
        } catch (ConfigException e) {
            throw new UserError(2, "invalid configuration:\n" + e.getMessage());
        }
    }
}

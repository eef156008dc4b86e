package io.hvmon.windows.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentConfigFileTest {

    @Test
    void aMissingConfigIsWrittenWithItsFolderAndProtected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ProgramData/hvmon/config.json");
        List<Path> protectedFiles = new ArrayList<>();

        assertThat(AgentConfigFile.createIfMissing(file, protectedFiles::add)).isTrue();

        assertThat(Files.readString(file)).contains("\"listen\"", "\"0.0.0.0\"", "20501");
        assertThat(protectedFiles).containsExactly(file);
    }

    @Test
    void anExistingConfigIsNeverTouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"values\": \"friendly\"}");
        List<Path> protectedFiles = new ArrayList<>();

        assertThat(AgentConfigFile.createIfMissing(file, protectedFiles::add)).isFalse();

        assertThat(Files.readString(file)).isEqualTo("{\"values\": \"friendly\"}");
        assertThat(protectedFiles).isEmpty();
    }
}

package io.hvmon.app.run;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordsTest {

    private final Passwords passwords = new Passwords(Map.of("HV_PW", "s3cret!", "EMPTY", "")::get);

    @Test
    void fromTheEnvironment() {
        assertThat(passwords.read("host hv01", new PasswordSource.EnvironmentVariable("HV_PW"))).isEqualTo("s3cret!".toCharArray());
        assertThatThrownBy(() -> passwords.read("host hv01", new PasswordSource.EnvironmentVariable("NOPE")))
                .hasMessage("host hv01: the environment variable NOPE is not set");
        assertThatThrownBy(() -> passwords.read("host hv01", new PasswordSource.EnvironmentVariable("EMPTY")))
                .hasMessageContaining("is empty");
    }

    @Test
    void fromAPrivateFileWithoutTheTrailingLineBreak(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "p@ss word\n");
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            // POSIX: a file others can read is refused (below); on Windows the folder's ACL protects it
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(passwords.read("host hv01", new PasswordSource.File(file))).isEqualTo("p@ss word".toCharArray());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void refusesAFileOthersCanReadWithoutShowingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "topsecret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> passwords.read("host hv01", new PasswordSource.File(file)))
                .hasMessageContaining("can be read by other users (rw-r--r--)").hasMessageContaining("chmod 600")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> passwords.read("host hv01", new PasswordSource.File(dir.resolve("none"))))
                .hasMessageContaining("password file").hasMessageContaining("does not exist");
    }
}

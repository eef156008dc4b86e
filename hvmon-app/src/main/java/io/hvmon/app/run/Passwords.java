package io.hvmon.app.run;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a host's password from where the config says, once, at start. Errors name the host and the source, never the
 * password; a password file that others may read is refused.
 */
public final class Passwords {

    private static final int MAX_FILE_BYTES = 4096;

    private final Function<String, String> environment;

    public Passwords(Function<String, String> environment) {
        this.environment = environment;
    }

    public static Passwords fromSystem() {
        Map<String, String> env = System.getenv();
        return new Passwords(env::get);
    }

    public char[] read(String who, PasswordSource source) {
        return switch (source) {
            case PasswordSource.EnvironmentVariable env -> fromEnvironment(who, env.variable());
            case PasswordSource.File file -> fromFile(who, file.path());
            case PasswordSource.None none -> new char[0]; // Kerberos keytab or ticket cache: nothing to read
        };
    }

    private char[] fromEnvironment(String who, String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new UserError(2, who + ": the environment variable " + variable
                    + " is " + (value == null ? "not set" : "empty"));
        }
        return value.toCharArray();
    }

    private static char[] fromFile(String who, Path path) {
        try {
            refuseIfOthersCanRead(who, path);
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new UserError(2, who + ": password file " + path + " is larger than "
                        + MAX_FILE_BYTES + " bytes; it should hold the password only");
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String password = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (password.isEmpty()) {
                throw new UserError(2, who + ": password file " + path + " is empty");
            }
            return password.toCharArray();
        } catch (NoSuchFileException e) {
            throw new UserError(2, who + ": password file " + path + " does not exist");
        } catch (IOException e) {
            throw new UserError(2, who + ": cannot read password file " + path + ": " + e.getMessage());
        }
    }

    private static void refuseIfOthersCanRead(String who, Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return; // Windows: ACLs, not mode bits; protecting the file is left to its ACL
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
            throw new UserError(2, who + ": password file " + path + " can be read by other users ("
                    + java.nio.file.attribute.PosixFilePermissions.toString(permissions)
                    + "); restrict it with: chmod 600 " + path);
        }
    }
}

package io.hvmon.app.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads an API key from a file for {@code hvmon check --api-key-file}. A file every user can read is refused; one
 * its group can read is fine (the usual {@code root:nagios 640}).
 */
public final class ApiKeyFile {

    private static final int MAX_BYTES = 4096;

    private ApiKeyFile() {
    }

    public static String read(Path file) throws CheckFailure {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new CheckFailure("--api-key-file " + file + " can be read by every user ("
                            + PosixFilePermissions.toString(permissions) + "): chmod o-r " + file);
                }
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CheckFailure("--api-key-file " + file + " is larger than " + MAX_BYTES
                        + " bytes; it should hold the key only");
            }
            String key = Files.readString(file).strip();
            if (key.isEmpty()) {
                throw new CheckFailure("--api-key-file " + file + " is empty");
            }
            return key;
        } catch (NoSuchFileException e) {
            throw new CheckFailure("--api-key-file " + file + " does not exist");
        } catch (IOException e) {
            throw new CheckFailure("cannot read --api-key-file " + file + ": " + e.getMessage());
        }
    }
}

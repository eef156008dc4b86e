package io.hvmon.windows.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The agent's config file, {@code %ProgramData%\hvmon\config.json}: written with {@link #DEFAULT_TEXT} when missing
 * (at {@code service install} and when the service starts), so that a fresh install serves at once, then protected by
 * {@link FileProtection} (Administrators and SYSTEM only). An existing file is never touched.
 */
public final class AgentConfigFile {

    /**
     * A minimal config the strict loader accepts: the agent on every address, port 20501, reading this machine's WMI
     * (no "hosts"). Everything else has its default; docs/CONFIG.md lists what can be added.
     */
    public static final String DEFAULT_TEXT = """
            {
              "listen": { "address": "0.0.0.0", "port": 20501 }
            }
            """;

    private AgentConfigFile() {
    }

    /**
     * Writes the default config when the file does not exist yet, creating its folder, and protects it.
     *
     * @return true when it wrote the file, false when one was there already
     */
    public static boolean createIfMissing(Path file, FileProtection protection) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.writeString(file, DEFAULT_TEXT.replace("\n", System.lineSeparator()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false; // created meanwhile by someone else: theirs wins
        }
        protection.protect(file);
        return true;
    }
}

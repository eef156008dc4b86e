package io.hvmon.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads config.json: strict JSON (no comments), unknown keys refused, every value checked, all problems reported at
 * once. See docs/CONFIG.md for the keys.
 */
public final class ConfigLoader {

    /** Larger files are refused before parsing: a config with 1000 hosts is about 200 KiB. */
    public static final int MAX_SIZE = 1024 * 1024;

    private ConfigLoader() {}

    /** Initialises the JSON parser (jackson-core's statics, and {@code BigDecimal}'s with them) ahead of a first load. */
    public static void preinitialize() {
        try {
            TreeReader.read("{}", "(preinitialization)");
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and validates the file; relative paths inside it are resolved against the file's directory. */
    public static HvmonConfig load(Path file) throws ConfigException {
        String text = read(file);
        Path baseDir = file.toAbsolutePath().normalize().getParent();
        return parse(text, file.toString(), baseDir);
    }

    /** Validates config text; {@code sourceName} names it in messages. Relative paths inside are kept as written. */
    public static HvmonConfig parse(String json, String sourceName) throws ConfigException {
        return parse(json, sourceName, null);
    }

    private static HvmonConfig parse(String json, String sourceName, Path baseDir) throws ConfigException {
        if (json.length() > MAX_SIZE) {
            throw new ConfigException(sourceName + ": too large (" + json.length() + " characters; the limit is "
                    + MAX_SIZE + ", 1 MiB)");
        }
        // Notepad saves UTF-8 with a byte order mark; it is not part of the JSON.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Node root = TreeReader.read(text, sourceName);
        return ConfigBinder.bind(root, sourceName, baseDir);
    }

    private static String read(Path file) throws ConfigException {
        if (Files.isDirectory(file)) {
            throw new ConfigException("config file " + file + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new ConfigException("config file " + file + " does not exist");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw tooLarge(file, size);
            }
            // Read one byte past the limit: the size can change between the check and the read (or lie, for pipes).
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_SIZE + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new ConfigException("config file " + file + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: "
                    + (e.getMessage() == null ? "I/O error" : e.getMessage()));
        }
        if (bytes.length > MAX_SIZE) {
            throw tooLarge(file, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException("config file " + file + " is not valid UTF-8 text (save it as UTF-8)");
        }
    }

    private static ConfigException tooLarge(Path file, long size) {
        return new ConfigException("config file " + file + " is too large (" + size + " bytes; the limit is "
                + MAX_SIZE + " bytes, 1 MiB)");
    }
}

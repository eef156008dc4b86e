package io.hvmon.app.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What the watched files look like now: modification time, size and identity (inode), so a new file moved into place
 * is noticed even when its time and size match the old one's. A missing file is part of the stamp too.
 */
record FileStamp(List<String> parts) {

    static FileStamp of(List<Path> files) {
        List<String> parts = new ArrayList<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                parts.add(file + "|" + attributes.lastModifiedTime().toMillis() + "|" + attributes.size() + "|"
                        + attributes.fileKey());
            } catch (IOException e) {
                parts.add(file + "|missing");
            }
        }
        return new FileStamp(List.copyOf(parts));
    }
}

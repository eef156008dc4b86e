package io.hvmon.windows.host;

import java.io.IOException;
import java.nio.file.Path;

/** Restricts who may read and change a file hvmon created: on Windows an ACL (see {@link AgentAcl}). */
@FunctionalInterface
public interface FileProtection {

    void protect(Path file) throws IOException;

    /** Leaves the file as the OS made it (off Windows, and in tests). */
    FileProtection NONE = file -> { };
}

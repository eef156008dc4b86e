package io.hvmon.windows.host;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinNT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent's files with real ACLs (Windows CI, as Administrator). */
@EnabledOnOs(OS.WINDOWS)
class WindowsAgentFilesTest {

    @Test
    void theFilesBelongToAdministratorsAndSystemWithInheritanceRemoved(@TempDir Path dir) throws Exception {
        AgentPaths paths = new AgentPaths(dir.resolve("hvmon"));

        assertThat(AgentFiles.prepare(paths, null, true)).isTrue();
        assertThat(AgentFiles.prepare(paths, null, true)).as("second time: nothing to create").isFalse();

        UserPrincipal administrators = WindowsFileAcls.bySid(WellKnownSids.ADMINISTRATORS);
        UserPrincipal system = WindowsFileAcls.bySid(WellKnownSids.LOCAL_SYSTEM);
        for (Path path : new Path[] {paths.root(), paths.configFile()}) {
            var acl = Files.getFileAttributeView(path, AclFileAttributeView.class).getAcl();
            assertThat(acl).as(path.toString()).extracting(AclEntry::principal).containsExactly(administrators, system);
            WinNT.SECURITY_DESCRIPTOR_RELATIVE descriptor = Advapi32Util.getFileSecurityDescriptor(path.toFile(), false);
            assertThat(descriptor.Control & WinNT.SE_DACL_PROTECTED).as(path + " protected").isNotZero();
        }
        assertThat(Files.isDirectory(paths.logDirectory())).isTrue();
        assertThat(Files.readString(paths.configFile())).contains("20501");
    }

    @Test
    void networkServiceMayReadTheConfigAndWriteTheLogs(@TempDir Path dir) throws Exception {
        AgentPaths paths = new AgentPaths(dir.resolve("hvmon"));

        AgentFiles.prepare(paths, "NT AUTHORITY\\NetworkService", true);

        UserPrincipal networkService = WindowsFileAcls.bySid(WellKnownSids.NETWORK_SERVICE);
        assertThat(Files.getFileAttributeView(paths.configFile(), AclFileAttributeView.class).getAcl())
                .extracting(AclEntry::principal).contains(networkService);
        assertThat(Files.getFileAttributeView(paths.logDirectory(), AclFileAttributeView.class).getAcl())
                .extracting(AclEntry::principal).contains(networkService);
    }
}

package io.hvmon.windows.host;

import org.junit.jupiter.api.Test;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent's ACLs as a function of the principals, with stand-ins for the Windows accounts. */
class AgentAclTest {

    /** As German Windows names them: the ACL must not depend on the names. */
    private static final UserPrincipal ADMINISTRATORS = () -> "VORDEFINIERT\\Administratoren";
    private static final UserPrincipal SYSTEM = () -> "NT-AUTORITÄT\\SYSTEM";
    private static final UserPrincipal NETWORK_SERVICE = () -> "NT-AUTORITÄT\\NETZWERKDIENST";

    @Test
    void theConfigFileIsForAdministratorsAndSystemOnly() {
        List<AclEntry> acl = AgentAcl.forConfigFile(ADMINISTRATORS, SYSTEM, Optional.empty());

        assertThat(acl).extracting(AclEntry::principal).containsExactly(ADMINISTRATORS, SYSTEM);
        assertThat(acl).allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
            assertThat(entry.flags()).isEmpty();
        });
    }

    @Test
    void anotherServiceAccountMayReadTheConfigButNotChangeIt() {
        List<AclEntry> acl = AgentAcl.forConfigFile(ADMINISTRATORS, SYSTEM, Optional.of(NETWORK_SERVICE));

        assertThat(acl).extracting(AclEntry::principal).containsExactly(ADMINISTRATORS, SYSTEM, NETWORK_SERVICE);
        AclEntry reader = acl.getLast();
        assertThat(reader.permissions()).contains(AclEntryPermission.READ_DATA, AclEntryPermission.SYNCHRONIZE)
                .doesNotContain(AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA,
                        AclEntryPermission.DELETE, AclEntryPermission.WRITE_ACL, AclEntryPermission.WRITE_OWNER);
    }

    @Test
    void foldersPassTheirEntriesOnToWhatTheyHold() {
        List<AclEntry> folder = AgentAcl.forAgentFolder(ADMINISTRATORS, SYSTEM, Optional.empty());
        assertThat(folder).extracting(AclEntry::principal).containsExactly(ADMINISTRATORS, SYSTEM);
        assertThat(folder).allSatisfy(entry -> assertThat(entry.flags())
                .containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT));

        List<AclEntry> logs = AgentAcl.forLogFolder(ADMINISTRATORS, SYSTEM, Optional.of(NETWORK_SERVICE));
        AclEntry writer = logs.getLast();
        assertThat(writer.principal()).isEqualTo(NETWORK_SERVICE);
        assertThat(writer.permissions()).contains(AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA,
                AclEntryPermission.DELETE).doesNotContain(AclEntryPermission.WRITE_ACL, AclEntryPermission.WRITE_OWNER);
        assertThat(AgentAcl.forAgentFolder(ADMINISTRATORS, SYSTEM, Optional.of(NETWORK_SERVICE)).getLast().permissions())
                .doesNotContain(AclEntryPermission.WRITE_DATA);
    }

    @Test
    void builtInServiceAccountsAreKnownBySid() {
        assertThat(WellKnownSids.ofServiceAccount(null)).contains("S-1-5-18");
        assertThat(WellKnownSids.ofServiceAccount("NT AUTHORITY\\NetworkService")).contains("S-1-5-20");
        assertThat(WellKnownSids.ofServiceAccount("NT AUTHORITY\\LocalService")).contains("S-1-5-19");
        assertThat(WellKnownSids.ofServiceAccount("EXAMPLE\\svc-hvmon")).isEmpty();
        assertThat(WellKnownSids.ADMINISTRATORS).isEqualTo("S-1-5-32-544");
    }
}

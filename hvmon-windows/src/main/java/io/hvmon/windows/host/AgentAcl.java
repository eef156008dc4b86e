package io.hvmon.windows.host;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The access control lists of the agent's files: full control for Administrators and SYSTEM and nobody else (the
 * config names where passwords are and who may call the API), plus, when the service runs as another account, what
 * that account needs (reading the config, writing the logs). Applied with inheritance removed. Pure: the principals
 * are given (resolved by well-known SID on Windows, since their names are localized), so it is tested on any OS.
 */
public final class AgentAcl {

    static final Set<AclEntryPermission> FULL_CONTROL = EnumSet.allOf(AclEntryPermission.class);

    static final Set<AclEntryPermission> READ = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS, AclEntryPermission.READ_ACL,
            AclEntryPermission.EXECUTE, AclEntryPermission.SYNCHRONIZE);

    /** "Modify": read, write, create and delete, but not change permissions or owner. */
    static final Set<AclEntryPermission> MODIFY = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
            AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.EXECUTE, AclEntryPermission.DELETE,
            AclEntryPermission.DELETE_CHILD, AclEntryPermission.READ_ACL, AclEntryPermission.SYNCHRONIZE);

    private static final Set<AclEntryFlag> INHERITED_BY_CHILDREN =
            EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);

    private AgentAcl() {
    }

    /** config.json: Administrators and SYSTEM full control; a service account other than SYSTEM may read it. */
    public static List<AclEntry> forConfigFile(UserPrincipal administrators, UserPrincipal system,
                                               Optional<UserPrincipal> serviceAccount) {
        List<AclEntry> entries = adminsAndSystem(administrators, system, Set.of());
        serviceAccount.ifPresent(account -> entries.add(allow(account, READ, Set.of())));
        return List.copyOf(entries);
    }

    /**
     * The agent's folder ({@code %ProgramData%\hvmon}): Administrators and SYSTEM full control, inherited by
     * everything in it; a service account other than SYSTEM may read (files and folders in it).
     */
    public static List<AclEntry> forAgentFolder(UserPrincipal administrators, UserPrincipal system,
                                                Optional<UserPrincipal> serviceAccount) {
        List<AclEntry> entries = adminsAndSystem(administrators, system, INHERITED_BY_CHILDREN);
        serviceAccount.ifPresent(account -> entries.add(allow(account, READ, INHERITED_BY_CHILDREN)));
        return List.copyOf(entries);
    }

    /** The logs folder: as the agent's folder, and a service account other than SYSTEM may write its logs. */
    public static List<AclEntry> forLogFolder(UserPrincipal administrators, UserPrincipal system,
                                              Optional<UserPrincipal> serviceAccount) {
        List<AclEntry> entries = adminsAndSystem(administrators, system, INHERITED_BY_CHILDREN);
        serviceAccount.ifPresent(account -> entries.add(allow(account, MODIFY, INHERITED_BY_CHILDREN)));
        return List.copyOf(entries);
    }

    private static List<AclEntry> adminsAndSystem(UserPrincipal administrators, UserPrincipal system,
                                                  Set<AclEntryFlag> flags) {
        List<AclEntry> entries = new ArrayList<>();
        entries.add(allow(administrators, FULL_CONTROL, flags));
        entries.add(allow(system, FULL_CONTROL, flags));
        return entries;
    }

    private static AclEntry allow(UserPrincipal who, Set<AclEntryPermission> permissions, Set<AclEntryFlag> flags) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(permissions)
                .setFlags(flags).build();
    }
}

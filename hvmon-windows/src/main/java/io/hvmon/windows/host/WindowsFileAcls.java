package io.hvmon.windows.host;

import com.sun.jna.platform.win32.AccCtrl;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.PointerByReference;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;

/**
 * Windows only: applies {@link AgentAcl}'s lists with {@link AclFileAttributeView}, then marks the DACL protected
 * (inheritance removed), which the JDK's view cannot do. Principals are resolved by SID through JNA.
 */
final class WindowsFileAcls {

    private final UserPrincipal administrators;
    private final UserPrincipal system;
    private final Optional<UserPrincipal> serviceAccount;

    private WindowsFileAcls(UserPrincipal administrators, UserPrincipal system, Optional<UserPrincipal> serviceAccount) {
        this.administrators = administrators;
        this.system = system;
        this.serviceAccount = serviceAccount;
    }

    /**
     * @param account the service's account as CreateService takes it (null: LocalSystem, which needs no extra entry)
     */
    static WindowsFileAcls forServiceAccount(String account) throws IOException {
        Optional<String> sid = WellKnownSids.ofServiceAccount(account);
        Optional<UserPrincipal> extra = Optional.empty();
        if (sid.isEmpty()) {
            extra = Optional.of(byName(account.startsWith(".\\") ? computerName() + account.substring(1) : account));
        } else if (!sid.get().equals(WellKnownSids.LOCAL_SYSTEM)) {
            extra = Optional.of(bySid(sid.get()));
        }
        return new WindowsFileAcls(bySid(WellKnownSids.ADMINISTRATORS), bySid(WellKnownSids.LOCAL_SYSTEM), extra);
    }

    FileProtection configFile() {
        return file -> apply(file, AgentAcl.forConfigFile(administrators, system, serviceAccount));
    }

    void agentFolder(Path folder) throws IOException {
        apply(folder, AgentAcl.forAgentFolder(administrators, system, serviceAccount));
    }

    void logFolder(Path folder) throws IOException {
        apply(folder, AgentAcl.forLogFolder(administrators, system, serviceAccount));
    }

    static void apply(Path path, List<AclEntry> entries) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            throw new IOException(path + ": this file system has no access control lists");
        }
        view.setAcl(entries);
        protect(path);
    }

    /** Sets the DACL's "protected" flag: entries of the folders above are no longer inherited. */
    private static void protect(Path path) throws IOException {
        String name = path.toAbsolutePath().toString();
        PointerByReference dacl = new PointerByReference();
        PointerByReference descriptor = new PointerByReference();
        int error = Advapi32.INSTANCE.GetNamedSecurityInfo(name, AccCtrl.SE_OBJECT_TYPE.SE_FILE_OBJECT,
                WinNT.DACL_SECURITY_INFORMATION, null, null, dacl, null, descriptor);
        if (error != 0) {
            throw new IOException(name + ": cannot read its permissions (Windows error " + error + ")");
        }
        try {
            error = Advapi32.INSTANCE.SetNamedSecurityInfo(name, AccCtrl.SE_OBJECT_TYPE.SE_FILE_OBJECT,
                    WinNT.DACL_SECURITY_INFORMATION | WinNT.PROTECTED_DACL_SECURITY_INFORMATION, null, null,
                    dacl.getValue(), null);
            if (error != 0) {
                throw new IOException(name + ": cannot remove inherited permissions (Windows error " + error + ")");
            }
        } finally {
            Kernel32.INSTANCE.LocalFree(descriptor.getValue());
        }
    }

    static UserPrincipal bySid(String sid) throws IOException {
        try {
            return byName(Advapi32Util.getAccountBySid(sid).fqn);
        } catch (Win32Exception e) {
            throw new IOException("cannot resolve the account with SID " + sid + " (Windows error " + e.getErrorCode() + ")");
        }
    }

    private static UserPrincipal byName(String account) throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(account);
    }

    private static String computerName() {
        try {
            return Kernel32Util.getComputerName();
        } catch (Win32Exception e) {
            return ".";
        }
    }
}

package io.hvmon.hyperv;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells VMs from the host by their Name: a VM's Name is its GUID, the host's is its computer name. Caption and
 * Description are localized on non-English hosts, so they are never used for this.
 *
 * <p>Also finds the VM GUID inside the instance IDs the per-class readers join on: {@code Microsoft:<GUID>},
 * {@code Microsoft:<GUID>\HVR\0}, {@code Microsoft:<GUID>\4764334d-e001-4176-82ee-5594ec9b530e}.
 */
public final class VmIds {

    private static final String GUID_TEXT =
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
    private static final Pattern GUID = Pattern.compile(GUID_TEXT);
    // The GUID must follow "Microsoft:" directly: Microsoft:Definition\<GUID>\Default is a capability, not a VM.
    private static final Pattern IN_INSTANCE_ID =
            Pattern.compile("(?i)Microsoft:(" + GUID_TEXT + ")(?:\\\\(.*))?");

    private VmIds() {
    }

    public static boolean isVmId(String name) {
        return name != null && GUID.matcher(name).matches();
    }

    /** A GUID in the upper-case spelling the model keys VMs by; null when the text is no GUID. */
    public static String normalize(String guid) {
        return isVmId(guid == null ? null : guid.strip()) ? guid.strip().toUpperCase(Locale.ROOT) : null;
    }

    /** The GUID right after {@code Microsoft:} in an InstanceID, upper case; null when there is none. */
    public static String fromInstanceId(String instanceId) {
        Matcher m = instanceId == null ? null : IN_INSTANCE_ID.matcher(instanceId.strip());
        return m != null && m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** What follows the GUID and its backslash in an InstanceID ({@code HVR\1}), or null. */
    static String suffix(String instanceId) {
        Matcher m = instanceId == null ? null : IN_INSTANCE_ID.matcher(instanceId.strip());
        return m != null && m.matches() ? m.group(2) : null;
    }
}

package io.hvmon.hyperv;

import java.util.regex.Pattern;

/**
 * Tells VMs from the host by their Name: a VM's Name is its GUID, the host's is its computer name. Caption and
 * Description are localized on non-English hosts, so they are never used for this.
 */
public final class VmIds {

    private static final Pattern GUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private VmIds() {
    }

    public static boolean isVmId(String name) {
        return name != null && GUID.matcher(name).matches();
    }
}

package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.GuestInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What every guest publishes about itself: the intrinsic KVP items of Msvm_KvpExchangeComponent (SystemName = VM GUID),
 * each a CIM-XML {@code <INSTANCE>} string parsed by {@link CimXmlText}. A guest without integration services has
 * NULL items and gets no {@link GuestInfo}; an item that cannot be parsed (or is hostile) is skipped, not the VM.
 */
public final class KvpExchangeReader implements ClassReader<Map<String, GuestInfo>> {

    public static final String CLASS = "Msvm_KvpExchangeComponent";
    /** A Windows guest publishes about 20 intrinsic items; more than this is not a guest we should keep parsing. */
    static final int MAX_ITEMS = 256;

    private static final Logger LOG = Logger.getLogger(KvpExchangeReader.class.getName());

    static final String WQL = Wql.select(CLASS, List.of("SystemName", "GuestIntrinsicExchangeItems"));

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public Map<String, GuestInfo> read(CimSession session) throws CimException {
        Map<String, GuestInfo> byVm = new HashMap<>();
        for (CimInstance r : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String vmId = VmIds.normalize(r.string("SystemName"));
            List<String> items = r.strings("GuestIntrinsicExchangeItems");
            if (vmId != null && items != null) {
                GuestInfo guest = toGuest(vmId, items);
                if (guest != null) {
                    byVm.put(vmId, guest);
                }
            }
        }
        return byVm;
    }

    /** The guest's published facts; null when it publishes none of the keys used. */
    static GuestInfo toGuest(String vmId, List<String> items) {
        Map<String, String> data = items(vmId, items);
        if (data.isEmpty()) {
            return null;
        }
        GuestInfo guest = new GuestInfo(data.get("FullyQualifiedDomainName"), data.get("OSName"), data.get("OSVersion"),
                addresses(data.get("NetworkAddressIPv4")), addresses(data.get("NetworkAddressIPv6")),
                data.get("IntegrationServicesVersion"));
        return guest.equals(new GuestInfo(null, null, null, null, null, null)) ? null : guest;
    }

    /** Name → Data of each parsable item; the first of a duplicated name wins. */
    static Map<String, String> items(String vmId, List<String> items) {
        Map<String, String> data = new HashMap<>();
        int parsed = 0;
        for (String xml : items) {
            if (xml == null || ++parsed > MAX_ITEMS) {
                continue;
            }
            try {
                CimInstance item = CimXmlText.parse(xml);
                String name = item.string("Name");
                String value = item.string("Data");
                if (name != null && !name.isBlank() && value != null) {
                    data.putIfAbsent(name.strip(), value.strip());
                }
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "VM " + vmId + ": KVP item skipped: " + e.getMessage());
            }
        }
        return data;
    }

    /** A semicolon-delimited address list; null when the key is absent, empty when the guest lists none. */
    static List<String> addresses(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package io.hvmon.simulator.instances;

/**
 * One Msvm_KvpExchangeDataItem as the DMTF CIM-XML string Hyper-V puts in GuestIntrinsicExchangeItems: the shape of
 * samples/kvp_guestintrinsic_item_fqdn_msdocs.xml, on one line as real data usually is (hyperv-wmi.md §8.1).
 * Caption, Description and ElementName are NULL: present, without VALUE.
 */
final class KvpItemXml {

    /** Source 2: a guest intrinsic item. */
    static final int GUEST_INTRINSIC = 2;

    private KvpItemXml() {
    }

    static String of(String name, String data, int source) {
        return "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\">"
                + "<PROPERTY NAME=\"Caption\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>" + escape(data) + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Description\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"ElementName\" PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY>"
                + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>" + escape(name) + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>" + source + "</VALUE></PROPERTY>"
                + "</INSTANCE>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

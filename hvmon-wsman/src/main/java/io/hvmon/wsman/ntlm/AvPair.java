package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;

/** One AV_PAIR of a TargetInfo list (MS-NLMP 2.2.2.1). */
public record AvPair(int id, byte[] value) {

    public static final int EOL = 0;
    public static final int NB_COMPUTER_NAME = 1;
    public static final int NB_DOMAIN_NAME = 2;
    public static final int DNS_COMPUTER_NAME = 3;
    public static final int DNS_DOMAIN_NAME = 4;
    public static final int DNS_TREE_NAME = 5;
    public static final int FLAGS = 6;
    public static final int TIMESTAMP = 7;
    public static final int SINGLE_HOST = 8;
    public static final int TARGET_NAME = 9;
    public static final int CHANNEL_BINDINGS = 10;

    /** MsvAvFlags bit: the AUTHENTICATE message carries a MIC. */
    public static final int FLAG_MIC_PRESENT = 0x2;

    public AvPair {
        value = value.clone();
    }

    public static AvPair text(int id, String text) {
        return new AvPair(id, text.getBytes(StandardCharsets.UTF_16LE));
    }

    public static AvPair u32(int id, int v) {
        return new AvPair(id, new ByteWriter(4).u32(v).toByteArray());
    }

    public static AvPair u64(int id, long v) {
        return new AvPair(id, new ByteWriter(8).u64(v).toByteArray());
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    boolean isText() {
        return id >= NB_COMPUTER_NAME && id <= DNS_TREE_NAME || id == TARGET_NAME;
    }

    @Override
    public String toString() {
        // Names are not secret; binary values (timestamps, channel-binding hashes) are shown by length only.
        return isText() ? "AvPair[" + id + "=" + new String(value, StandardCharsets.UTF_16LE) + "]"
                : "AvPair[" + id + ", " + value.length + " bytes]";
    }
}

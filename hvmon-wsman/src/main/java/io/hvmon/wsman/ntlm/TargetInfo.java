package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A TargetInfo AV_PAIR list, without its terminating MsvAvEOL (added on encoding). */
public record TargetInfo(List<AvPair> pairs) {

    /** A generous cap: Windows sends fewer than ten pairs. */
    static final int MAX_PAIRS = 64;

    public TargetInfo {
        pairs = List.copyOf(pairs);
    }

    /** Parses an AV_PAIR list; it must end with MsvAvEOL (an empty list is accepted as no pairs). */
    public static TargetInfo parse(byte[] raw, String what) throws NtlmException {
        List<AvPair> pairs = new ArrayList<>();
        if (raw.length == 0) {
            return new TargetInfo(pairs);
        }
        ByteReader r = new ByteReader(raw, what + " TargetInfo");
        int at = 0;
        while (true) {
            int id = r.u16(at);
            int length = r.u16(at + 2);
            if (id == AvPair.EOL) {
                return new TargetInfo(pairs);
            }
            if (pairs.size() == MAX_PAIRS) {
                throw NtlmException.malformed(what + " TargetInfo has more than " + MAX_PAIRS + " AV pairs");
            }
            pairs.add(new AvPair(id, r.bytes(at + 4, length)));
            at += 4 + length;
        }
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(64);
        for (AvPair p : pairs) {
            w.u16(p.id()).u16(p.value().length).bytes(p.value());
        }
        return w.u16(AvPair.EOL).u16(0).toByteArray();
    }

    public Optional<AvPair> get(int id) {
        return pairs.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<String> text(int id) {
        return get(id).map(p -> new String(p.value(), StandardCharsets.UTF_16LE));
    }

    /** MsvAvTimestamp as a FILETIME, if present and 8 bytes long. */
    public Optional<Long> timestamp() throws NtlmException {
        Optional<AvPair> p = get(AvPair.TIMESTAMP);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        byte[] v = p.get().value();
        if (v.length != 8) {
            throw NtlmException.malformed("MsvAvTimestamp is " + v.length + " bytes, expected 8");
        }
        return Optional.of(new ByteReader(v, "MsvAvTimestamp").u64(0));
    }

    /** MsvAvFlags, 0 when absent. */
    public int flags() throws NtlmException {
        Optional<AvPair> p = get(AvPair.FLAGS);
        if (p.isEmpty()) {
            return 0;
        }
        byte[] v = p.get().value();
        if (v.length != 4) {
            throw NtlmException.malformed("MsvAvFlags is " + v.length + " bytes, expected 4");
        }
        return new ByteReader(v, "MsvAvFlags").u32(0);
    }

    /** This list with MsvAvFlags OR-ed with {@code bits}, added at the end when absent. */
    public TargetInfo withFlags(int bits) throws NtlmException {
        int merged = flags() | bits;
        List<AvPair> out = new ArrayList<>();
        boolean replaced = false;
        for (AvPair p : pairs) {
            if (p.id() == AvPair.FLAGS) {
                out.add(AvPair.u32(AvPair.FLAGS, merged));
                replaced = true;
            } else {
                out.add(p);
            }
        }
        if (!replaced) {
            out.add(AvPair.u32(AvPair.FLAGS, merged));
        }
        return new TargetInfo(out);
    }

    /** This list with the pair {@code id} set to {@code value}: replaced where present, else added at the end. */
    public TargetInfo with(AvPair pair) {
        List<AvPair> out = new ArrayList<>(pairs.stream().filter(p -> p.id() != pair.id()).toList());
        out.add(pair);
        return new TargetInfo(out);
    }
}

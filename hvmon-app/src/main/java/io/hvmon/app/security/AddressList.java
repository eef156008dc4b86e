package io.hvmon.app.security;

import java.net.InetAddress;
import java.util.List;

/** A list of address ranges; an address is in it when any range contains it. */
public record AddressList(List<Cidr> ranges) {

    public static final AddressList EMPTY = new AddressList(List.of());

    public AddressList {
        ranges = List.copyOf(ranges);
    }

    public boolean contains(InetAddress address) {
        for (Cidr range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}

package io.hvmon.app.cli;

/** Printable URLs for a listen address. */
final class Urls {

    private Urls() {
    }

    /** A wildcard address is shown as localhost (what a browser on this machine can open); IPv6 in brackets. */
    static String host(String address) {
        if (address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
            return "localhost";
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }
}

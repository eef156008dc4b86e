package io.hvmon.app.cli;

/** Printable URLs for a listen address. */
final class Urls {

    private Urls() {
    }

    /** The API's base URL as a browser on this machine reaches it, e.g. {@code http://127.0.0.1:20501}. */
    static String base(io.hvmon.app.run.Monitor monitor, String listenAddress) {
        return (monitor.https() ? "https://" : "http://") + host(listenAddress) + ":" + monitor.port();
    }

    /** A wildcard address is shown as localhost (what a browser on this machine can open); IPv6 in brackets. */
    static String host(String address) {
        if (address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
            return "localhost";
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }
}

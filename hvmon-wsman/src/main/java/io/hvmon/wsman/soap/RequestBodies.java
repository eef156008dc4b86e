package io.hvmon.wsman.soap;

import io.hvmon.cim.CimDateTimes;
import java.time.Duration;

/** Reads the enumeration bodies of requests and the numbers and durations of headers; errors are malformed input. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** On n:Enumerate: the filter (w:Filter, or n:Filter from older clients), optimization, batch size and mode. */
    static WsManOperation.Enumerate enumerate(XmlCursor x) {
        String filter = null;
        String dialect = null;
        boolean optimize = false;
        Integer maxElements = null;
        String mode = null;
        while (x.nextChild()) {
            String name = x.localName();
            boolean wsman = x.namespace().equals(WsNs.WSMAN);
            if (name.equals("Filter") && (wsman || x.namespace().equals(WsNs.ENUMERATION))) {
                dialect = x.attribute("", "Dialect");
                filter = x.readText();
            } else if (wsman && name.equals("OptimizeEnumeration")) {
                optimize = true;
                x.skipElement();
            } else if (wsman && name.equals("MaxElements")) {
                maxElements = number(x.readText(), "MaxElements");
            } else if (wsman && name.equals("EnumerationMode")) {
                mode = x.readText().strip();
            } else {
                x.skipElement(); // Expires, OptionSet…
            }
        }
        if (filter != null && dialect == null) {
            dialect = WsNs.WQL_DIALECT; // WinRM's default dialect for WMI resources
        }
        return new WsManOperation.Enumerate(filter, dialect, optimize, maxElements, mode);
    }

    /** On n:Pull. */
    static WsManOperation.Pull pull(XmlCursor x) {
        String context = null;
        Integer maxElements = null;
        Duration maxTime = null;
        while (x.nextChild()) {
            if (x.is(WsNs.ENUMERATION, "EnumerationContext")) {
                context = x.readText().strip();
            } else if (x.is(WsNs.ENUMERATION, "MaxElements")) {
                maxElements = number(x.readText(), "MaxElements");
            } else if (x.is(WsNs.ENUMERATION, "MaxTime")) {
                maxTime = duration(x.readText(), "MaxTime");
            } else {
                x.skipElement();
            }
        }
        if (context == null) {
            throw XmlInputException.malformed("Pull has no EnumerationContext.");
        }
        return new WsManOperation.Pull(context, maxElements, maxTime);
    }

    /** On n:Release. */
    static WsManOperation.Release release(XmlCursor x) {
        String context = null;
        while (x.nextChild()) {
            if (x.is(WsNs.ENUMERATION, "EnumerationContext")) {
                context = x.readText().strip();
            } else {
                x.skipElement();
            }
        }
        if (context == null) {
            throw XmlInputException.malformed("Release has no EnumerationContext.");
        }
        return new WsManOperation.Release(context);
    }

    static Integer number(String text, String what) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw XmlInputException.malformed(what + " is not a valid number: '" + XmlCursor.abbreviate(text) + "'.");
        }
    }

    static Duration duration(String text, String what) {
        try {
            return CimDateTimes.parseXsDuration(text);
        } catch (IllegalArgumentException e) {
            throw XmlInputException.malformed(what + " is not a valid xs:duration: '" + XmlCursor.abbreviate(text) + "'.");
        }
    }
}

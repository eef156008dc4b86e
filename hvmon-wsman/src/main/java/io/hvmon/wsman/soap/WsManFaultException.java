package io.hvmon.wsman.soap;

import java.util.Objects;

/**
 * Server side: the request cannot be answered normally; the endpoint writes {@link #fault()} with
 * {@link ResponseWriter#fault} and sends it with {@link WsManFault#httpStatus()}.
 */
public final class WsManFaultException extends Exception {

    private final WsManFault fault;
    private final String relatesTo;

    public WsManFaultException(WsManFault fault, String relatesTo) {
        super(fault.subcodeName() + ": " + fault.bestMessage());
        this.fault = Objects.requireNonNull(fault, "fault");
        this.relatesTo = relatesTo;
    }

    public WsManFault fault() {
        return fault;
    }

    /** The request's MessageID when it could be read (for a:RelatesTo), else null. */
    public String relatesTo() {
        return relatesTo;
    }
}

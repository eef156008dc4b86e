package io.hvmon.wsman.soap;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server side: reads a WS-Man request envelope, leniently as Windows does (any prefixes, unqualified mustUnderstand,
 * a bare-GUID MessageID, headers in any order or missing; wsman.md §15.7) and safely (the {@link SoapLimits} caps,
 * no DTD). What cannot be served comes back as a {@link WsManFaultException} carrying the fault to send.
 */
public final class RequestParser {

    private final SoapLimits limits;
    private final String machine;

    /** @param machine the host name to put in WSManFault/@Machine */
    public RequestParser(SoapLimits limits, String machine) {
        this.limits = limits;
        this.machine = machine;
    }

    public WsManRequest parse(InputStream in) throws WsManFaultException {
        Parse p = new Parse();
        try (XmlCursor x = XmlCursor.open(in, limits)) {
            x.enterRoot();
            if (!x.is(WsNs.SOAP, "Envelope")) {
                throw new WsManFaultException(WsManFaults.schemaValidation(machine,
                        "The document element is not a SOAP 1.2 Envelope."), null);
            }
            WsManOperation operation = null;
            while (x.nextChild()) {
                if (x.is(WsNs.SOAP, "Header")) {
                    p.header(x);
                } else if (x.is(WsNs.SOAP, "Body")) {
                    operation = p.body(x);
                } else {
                    x.skipElement();
                }
            }
            x.finish();
            if (operation == null) {
                throw p.schema("The envelope has no s:Body.");
            }
            return new WsManRequest(p.action, p.to, p.resourceUri, p.messageId, p.maxEnvelopeSize, p.operationTimeout,
                    p.locale, p.dataLocale, p.selectors, operation);
        } catch (XmlInputException e) {
            WsManFault fault = e.overLimit() ? WsManFaults.requestTooLarge(machine, e.getMessage())
                    : WsManFaults.schemaValidation(machine, e.getMessage());
            throw new WsManFaultException(fault, p.messageId);
        } catch (Unchecked e) {
            throw e.fault;
        }
    }

    // Lets a fault leave the cursor's unchecked world; unwrapped in parse().
    private static final class Unchecked extends RuntimeException {
        final WsManFaultException fault;

        Unchecked(WsManFaultException fault) {
            super(null, null, false, false);
            this.fault = fault;
        }
    }

    /** One parse: the header values, read first because the body's meaning depends on the action. */
    private final class Parse {
        String action;
        String to;
        String resourceUri;
        String messageId;
        Integer maxEnvelopeSize;
        Duration operationTimeout;
        String locale;
        String dataLocale;
        Map<String, String> selectors = Map.of();

        void header(XmlCursor x) {
            while (x.nextChild()) {
                String ns = x.namespace();
                String name = x.localName();
                if (ns.equals(WsNs.ADDRESSING) && name.equals("Action")) {
                    action = x.readText().strip();
                } else if (ns.equals(WsNs.ADDRESSING) && name.equals("To")) {
                    to = x.readText().strip();
                } else if (ns.equals(WsNs.ADDRESSING) && name.equals("MessageID")) {
                    messageId = x.readText().strip();
                } else if (ns.equals(WsNs.WSMAN) && name.equals("ResourceURI")) {
                    resourceUri = x.readText().strip();
                } else if (ns.equals(WsNs.WSMAN) && name.equals("MaxEnvelopeSize")) {
                    maxEnvelopeSize = RequestBodies.number(x.readText(), "MaxEnvelopeSize");
                } else if (ns.equals(WsNs.WSMAN) && name.equals("OperationTimeout")) {
                    operationTimeout = RequestBodies.duration(x.readText(), "OperationTimeout");
                } else if (ns.equals(WsNs.WSMAN) && name.equals("Locale")) {
                    locale = x.attribute(WsNs.XML, "lang");
                    x.skipElement();
                } else if (ns.equals(WsNs.MS_WSMAN) && name.equals("DataLocale")) {
                    dataLocale = x.attribute(WsNs.XML, "lang");
                    x.skipElement();
                } else if (ns.equals(WsNs.WSMAN) && name.equals("SelectorSet")) {
                    selectors = Eprs.readSelectorSet(x);
                } else {
                    x.skipElement(); // ReplyTo, OptionSet, SessionId, OperationID…: nothing to act on
                }
            }
        }

        WsManOperation body(XmlCursor x) {
            boolean hasChild = x.nextChild();
            if (action == null) {
                if (hasChild && x.is(WsNs.IDENTITY, "Identify")) {
                    x.skipElement();
                    skipRest(x);
                    return new WsManOperation.Identify();
                }
                throw new Unchecked(schema("The request has no wsa:Action header."));
            }
            if (resourceUri == null || resourceUri.isEmpty()) {
                throw new Unchecked(new WsManFaultException(WsManFaults.destinationUnreachable(machine, null), messageId));
            }
            WsManOperation operation = switch (action) {
                case WsNs.ACTION_ENUMERATE -> {
                    require(x, hasChild, "Enumerate");
                    yield RequestBodies.enumerate(x);
                }
                case WsNs.ACTION_PULL -> {
                    require(x, hasChild, "Pull");
                    yield RequestBodies.pull(x);
                }
                case WsNs.ACTION_RELEASE -> {
                    require(x, hasChild, "Release");
                    yield RequestBodies.release(x);
                }
                case WsNs.ACTION_GET -> {
                    if (hasChild) {
                        x.skipElement();
                    }
                    yield new WsManOperation.Get();
                }
                default -> invoke(x, hasChild);
            };
            if (hasChild) {
                skipRest(x); // anything after the operation's element; without one the cursor is on the body's end
            }
            return operation;
        }

        private void require(XmlCursor x, boolean hasChild, String name) {
            if (!hasChild || !x.is(WsNs.ENUMERATION, name)) {
                throw new Unchecked(schema("The body of " + action + " must be n:" + name + "."));
            }
        }

        // Action = <class resource URI>/<Method>; the _INPUT element is matched by position, not namespace,
        // because virt-who sends it in the wrong one and Windows accepts that (wsman.md §3.6).
        private WsManOperation invoke(XmlCursor x, boolean hasChild) {
            int slash = action.lastIndexOf('/');
            if (slash <= 0 || !action.substring(0, slash).toLowerCase(Locale.ROOT).equals(resourceUri.toLowerCase(Locale.ROOT))
                    || ResourceUris.parse(resourceUri) == null) {
                throw new Unchecked(new WsManFaultException(WsManFaults.actionNotSupported(machine, action), messageId));
            }
            String method = action.substring(slash + 1);
            if (method.isEmpty()) {
                throw new Unchecked(new WsManFaultException(WsManFaults.actionNotSupported(machine, action), messageId));
            }
            if (!hasChild) {
                return new WsManOperation.Invoke(method, List.of());
            }
            return new WsManOperation.Invoke(method, List.copyOf(new InstanceReader(x).read("__PARAMETERS").properties()));
        }

        private void skipRest(XmlCursor x) {
            while (x.nextChild()) {
                x.skipElement();
            }
        }

        WsManFaultException schema(String detail) {
            return new WsManFaultException(WsManFaults.schemaValidation(machine, detail), messageId);
        }
    }
}

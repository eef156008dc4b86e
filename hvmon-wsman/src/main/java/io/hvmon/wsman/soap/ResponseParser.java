package io.hvmon.wsman.soap;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimReference;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Client side: reads WS-Man responses with StAX, streaming and within {@link SoapLimits}. The typed methods return
 * what the operation yields and turn a fault into its {@link CimException} ({@link WsManFault#toCimException()});
 * anything unreadable is a {@link CimException.Kind#PROTOCOL} error.
 */
public final class ResponseParser {

    private final SoapLimits limits;

    public ResponseParser(SoapLimits limits) {
        this.limits = limits;
    }

    public ResponseParser() {
        this(SoapLimits.DEFAULTS);
    }

    /** Any response; a fault is returned as the body (with HTTP status 500, the status Windows sends it with). */
    public WsManResponse parse(InputStream in) throws CimException {
        return parse(in, null);
    }

    /** As {@link #parse(InputStream)}; projected items ({@code w:XmlFragment}) get the class {@code fragmentClass}. */
    private WsManResponse parse(InputStream in, String fragmentClass) throws CimException {
        try (XmlCursor x = XmlCursor.open(in, limits)) {
            x.enterRoot();
            if (!x.is(WsNs.SOAP, "Envelope")) {
                throw XmlInputException.malformed("the response is not a SOAP 1.2 envelope (root element "
                        + x.localName() + " in namespace '" + x.namespace() + "')");
            }
            String action = null;
            String messageId = null;
            String relatesTo = null;
            ResponseBody body = null;
            while (x.nextChild()) {
                if (x.is(WsNs.SOAP, "Header")) {
                    while (x.nextChild()) {
                        if (x.is(WsNs.ADDRESSING, "Action")) {
                            action = x.readText().strip();
                        } else if (x.is(WsNs.ADDRESSING, "MessageID")) {
                            messageId = x.readText().strip();
                        } else if (x.is(WsNs.ADDRESSING, "RelatesTo")) {
                            relatesTo = x.readText().strip();
                        } else {
                            x.skipElement();
                        }
                    }
                } else if (x.is(WsNs.SOAP, "Body")) {
                    body = body(x, action, fragmentClass);
                } else {
                    x.skipElement();
                }
            }
            x.finish();
            if (body == null) {
                throw XmlInputException.malformed("the response has no s:Body");
            }
            return new WsManResponse(action, messageId, relatesTo, body);
        } catch (XmlInputException e) {
            throw new CimException(CimException.Kind.PROTOCOL, "unreadable WS-Management response: " + e.getMessage());
        }
    }

    /** An EnumerateResponse (optimized or not). */
    public EnumerationPage enumerate(InputStream in) throws CimException {
        return enumerate(in, null);
    }

    /**
     * An EnumerateResponse whose projected items ({@code w:XmlFragment}, which carry no class) are named
     * {@code fragmentClass}, the class the query selected from; null leaves them named XmlFragment.
     */
    public EnumerationPage enumerate(InputStream in, String fragmentClass) throws CimException {
        return expect(in, fragmentClass, EnumerationPage.class, "an EnumerateResponse");
    }

    /** A PullResponse. */
    public EnumerationPage pull(InputStream in) throws CimException {
        return pull(in, null);
    }

    /** A PullResponse, projected items named as in {@link #enumerate(InputStream, String)}. */
    public EnumerationPage pull(InputStream in, String fragmentClass) throws CimException {
        return expect(in, fragmentClass, EnumerationPage.class, "a PullResponse");
    }

    /** A GetResponse's instance. */
    public CimInstance get(InputStream in) throws CimException {
        return expect(in, ResponseBody.Instance.class, "a GetResponse").instance();
    }

    /** An Invoke response's output parameters, class {@code __PARAMETERS}. */
    public CimInstance invoke(InputStream in) throws CimException {
        return expect(in, ResponseBody.MethodOutput.class, "a method's _OUTPUT").output();
    }

    public IdentifyResponse identify(InputStream in) throws CimException {
        return expect(in, IdentifyResponse.class, "an IdentifyResponse");
    }

    public void release(InputStream in) throws CimException {
        expect(in, ResponseBody.Released.class, "a ReleaseResponse");
    }

    private <T extends ResponseBody> T expect(InputStream in, Class<T> type, String what) throws CimException {
        return expect(in, null, type, what);
    }

    private <T extends ResponseBody> T expect(InputStream in, String fragmentClass, Class<T> type, String what)
            throws CimException {
        ResponseBody body = parse(in, fragmentClass).body();
        if (body instanceof WsManFault fault) {
            throw fault.toCimException();
        }
        if (!type.isInstance(body)) {
            throw new CimException(CimException.Kind.PROTOCOL, "expected " + what + " but the server sent "
                    + body.getClass().getSimpleName());
        }
        return type.cast(body);
    }

    // The body's first element says what it is; the action is only needed to tell an empty ReleaseResponse apart.
    private ResponseBody body(XmlCursor x, String action, String fragmentClass) {
        if (!x.nextChild()) {
            if (WsNs.ACTION_RELEASE_RESPONSE.equals(action)) {
                return new ResponseBody.Released();
            }
            throw XmlInputException.malformed("the response body is empty (action " + action + ")");
        }
        ResponseBody body;
        if (x.is(WsNs.SOAP, "Fault")) {
            body = FaultReader.read(x, action, WsManFaults.HTTP_STATUS);
        } else if (x.is(WsNs.ENUMERATION, "EnumerateResponse") || x.is(WsNs.ENUMERATION, "PullResponse")) {
            body = page(x, fragmentClass);
        } else if (x.is(WsNs.IDENTITY, "IdentifyResponse")) {
            body = identify(x);
        } else if (x.localName().endsWith("_OUTPUT")) {
            String element = x.localName();
            body = new ResponseBody.MethodOutput(element.substring(0, element.length() - "_OUTPUT".length()),
                    new InstanceReader(x).read("__PARAMETERS"));
        } else {
            body = new ResponseBody.Instance(new InstanceReader(x).read(null));
        }
        while (x.nextChild()) {
            x.skipElement();
        }
        return body;
    }

    private EnumerationPage page(XmlCursor x, String fragmentClass) {
        String context = null;
        boolean end = false;
        List<CimInstance> items = new ArrayList<>();
        List<CimReference> references = new ArrayList<>();
        while (x.nextChild()) {
            if (x.is(WsNs.ENUMERATION, "EnumerationContext")) {
                context = x.readText().strip();
            } else if (x.localName().equals("Items") && (x.is(WsNs.WSMAN, "Items") || x.is(WsNs.ENUMERATION, "Items"))) {
                items(x, items, references, fragmentClass);
            } else if (x.is(WsNs.WSMAN, "EndOfSequence") || x.is(WsNs.ENUMERATION, "EndOfSequence")) {
                end = true;
                x.skipElement();
            } else {
                x.skipElement();
            }
        }
        return new EnumerationPage(context, items, references, end);
    }

    private void items(XmlCursor x, List<CimInstance> items, List<CimReference> references, String fragmentClass) {
        while (x.nextChild()) {
            if (items.size() + references.size() >= limits.maxItems()) {
                throw XmlInputException.overLimit("the response holds more than " + limits.maxItems() + " items");
            }
            if (x.is(WsNs.ADDRESSING, "EndpointReference")) {
                references.add(epr(x));
            } else if (x.is(WsNs.WSMAN, "Item")) {
                // EnumerateObjectAndEPR: the object, then its EPR
                while (x.nextChild()) {
                    if (x.is(WsNs.ADDRESSING, "EndpointReference")) {
                        references.add(epr(x));
                    } else {
                        items.add(new InstanceReader(x).read(null, fragmentClass));
                    }
                }
            } else {
                items.add(new InstanceReader(x).read(null, fragmentClass));
            }
        }
    }

    private static CimReference epr(XmlCursor x) {
        if (!x.nextChild()) {
            throw XmlInputException.malformed("an empty a:EndpointReference");
        }
        return Eprs.readEprFromFirstChild(x);
    }

    private static IdentifyResponse identify(XmlCursor x) {
        String version = null;
        String vendor = null;
        String product = null;
        List<String> profiles = new ArrayList<>();
        while (x.nextChild()) {
            if (x.is(WsNs.IDENTITY, "ProtocolVersion")) {
                version = x.readText().strip();
            } else if (x.is(WsNs.IDENTITY, "ProductVendor")) {
                vendor = x.readText().strip();
            } else if (x.is(WsNs.IDENTITY, "ProductVersion")) {
                product = x.readText().strip();
            } else if (x.is(WsNs.IDENTITY, "SecurityProfiles")) {
                while (x.nextChild()) {
                    if (x.is(WsNs.IDENTITY, "SecurityProfileName") && profiles.size() < x.limits().maxItems()) {
                        profiles.add(x.readText().strip());
                    } else {
                        x.skipElement();
                    }
                }
            } else {
                x.skipElement();
            }
        }
        return new IdentifyResponse(version, vendor, product, profiles);
    }
}

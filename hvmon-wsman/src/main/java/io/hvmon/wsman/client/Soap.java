package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.HttpMessage;

/** Plain SOAP over HTTP: the content type and the check that an answer is one. */
final class Soap {

    static final String CONTENT_TYPE = "application/soap+xml;charset=UTF-8";

    private Soap() {
    }

    static byte[] plainBody(HttpMessage response) throws CimException {
        String type = response.contentType().toLowerCase(java.util.Locale.ROOT);
        if (response.body().length > 0 && !type.startsWith("application/soap+xml")) {
            throw new CimException(CimException.Kind.PROTOCOL, "expected a SOAP answer, got HTTP " + response.status()
                    + " with Content-Type '" + response.contentType() + "'");
        }
        return response.body();
    }
}

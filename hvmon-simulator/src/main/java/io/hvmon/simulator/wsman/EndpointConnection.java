package io.hvmon.simulator.wsman;

import io.hvmon.wsman.encryption.EncryptedBody;
import io.hvmon.wsman.encryption.SealingException;
import io.hvmon.wsman.encryption.SessionSealing;
import io.hvmon.wsman.http.ChannelBindings;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.http.WireHandler;
import io.hvmon.wsman.soap.RequestParser;
import io.hvmon.wsman.soap.ResponseWriter;
import io.hvmon.wsman.soap.SoapLimits;
import io.hvmon.wsman.soap.WsManFault;
import io.hvmon.wsman.soap.WsManFaultException;
import io.hvmon.wsman.soap.WsManFaults;
import io.hvmon.wsman.soap.WsManRequest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * One client connection to a simulated WinRM endpoint: authentication, unsealing and sealing, injected faults, then
 * the request itself answered by the {@link WsManService}.
 */
final class EndpointConnection implements WireHandler {

    private static final Logger LOG = Logger.getLogger(EndpointConnection.class.getName());

    private final EndpointOptions options;
    private final WsManService service;
    private final RequestParser parser;
    private final EndpointAuth auth;
    private final String machine;

    EndpointConnection(EndpointOptions options, WsManService service, String machine) {
        this.machine = machine;
        this.options = options;
        this.service = service;
        this.parser = new RequestParser(SoapLimits.DEFAULTS, machine);
        this.auth = new EndpointAuth(options, machine);
    }

    @Override
    public void tlsEstablished(javax.net.ssl.SSLSession session) {
        java.security.cert.Certificate[] own = session.getLocalCertificates();
        if (own == null || own.length == 0 || !(own[0] instanceof java.security.cert.X509Certificate certificate)) {
            return;
        }
        try {
            auth.bindTo(ChannelBindings.tlsServerEndPoint(certificate));
        } catch (java.io.IOException e) {
            LOG.warning(() -> "no TLS channel binding for this connection: " + e.getMessage());
        }
    }

    @Override
    public Reply handle(HttpMessage request) {
        if (!request.target().toLowerCase(Locale.ROOT).startsWith("/wsman")) {
            return Reply.send(EndpointResponses.empty(404));
        }
        if (!request.method().equals("POST")) {
            return Reply.send(EndpointResponses.empty(405));
        }
        FaultPlan.Fault fault = options.faults().next();
        pause(options.faults().latency());
        if (fault == FaultPlan.Fault.DROP) {
            return Reply.drop();
        }
        if (fault == FaultPlan.Fault.AUTHFAIL) {
            auth.refuseNextLogon();
        }
        return switch (auth.check(request)) {
            case EndpointAuth.Outcome.Answer answer -> Reply.send(answer.response());
            case EndpointAuth.Outcome.Proceed proceed -> withHeaders(serve(request, proceed.sealing(), fault),
                    proceed.answer());
        };
    }

    private Reply serve(HttpMessage request, SessionSealing session, FaultPlan.Fault fault) {
        boolean sealed = request.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/encrypted");
        byte[] soap;
        if (sealed) {
            if (session == null) {
                return Reply.send(auth.challenges());
            }
            try {
                soap = EncryptedBody.decode(session, request.contentType(), request.body());
            } catch (SealingException e) {
                LOG.fine(() -> "cannot unseal a request: " + e.getMessage());
                auth.reset();
                return Reply.sendAndClose(EndpointResponses.empty(400));
            }
        } else {
            if (session != null && !auth.https() && !options.allowUnencrypted()) {
                return Reply.send(auth.challenges()); // AllowUnencrypted=false: unsealed messages over http are refused
            }
            soap = request.body();
        }
        int status = 200;
        byte[] answer;
        if (fault == FaultPlan.Fault.MALFORMED) {
            answer = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><broken"
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            String relatesTo = null;
            try {
                WsManRequest parsed = parser.parse(new ByteArrayInputStream(soap));
                relatesTo = parsed.messageId();
                if (fault == FaultPlan.Fault.FAULT) {
                    throw new WsManFaultException(WsManFaults.internalError(machine, WsManFaults.E_FAIL,
                            "Injected fault (simulator --faults)."), relatesTo);
                }
                answer = service.answer(parsed);
            } catch (WsManFaultException e) {
                WsManFault f = e.fault();
                status = f.httpStatus();
                answer = ResponseWriter.fault(f, e.relatesTo() != null ? e.relatesTo() : relatesTo);
            }
        }
        HttpMessage response = sealed ? sealedResponse(session, status, answer)
                : EndpointResponses.soap(status, EndpointResponses.SOAP_TYPE, answer);
        if (response == null) {
            return Reply.sendAndClose(EndpointResponses.empty(500));
        }
        return fault == FaultPlan.Fault.TRICKLE ? new Reply(response, false, Duration.ofMillis(200)) : Reply.send(response);
    }

    private static HttpMessage sealedResponse(SessionSealing session, int status, byte[] soap) {
        try {
            // encodeBody: the sealed bytes without the defensive copies of Encoded (this is the endpoint's hot path)
            return EndpointResponses.soap(status, EncryptedBody.contentType(session),
                    EncryptedBody.encodeBody(session, soap));
        } catch (SealingException e) {
            return null;
        }
    }

    /** The reply with extra header fields (the logon's answer token), if there are any. */
    private static Reply withHeaders(Reply reply, HttpHeaders extra) {
        if (extra.fields().isEmpty() || reply.message() == null) {
            return reply;
        }
        HttpHeaders headers = reply.message().headers();
        for (var field : extra.fields()) {
            headers = headers.with(field.getKey(), field.getValue());
        }
        HttpMessage response = new HttpMessage(reply.message().startLine(), headers, reply.message().body());
        return new Reply(response, reply.closeAfter(), reply.trickle());
    }

    private static void pause(Duration latency) {
        if (latency.isPositive()) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package io.hvmon.wsman.ntlm;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The server side of NTLMv2 on one connection: {@link #challenge(byte[])} answers a NEGOTIATE, then
 * {@link #authenticate(byte[])} verifies the AUTHENTICATE (NTProofStr, and the MIC when the client flags one) and
 * returns the session. A new NEGOTIATE starts over, as a new handshake on a connection does. Not thread-safe.
 *
 * <p>Failures distinguish "unknown user" from "wrong password" for the server's log; the HTTP layer must answer both
 * with the same empty 401.
 */
public final class NtlmServer {

    private final CredentialLookup credentials;
    private final ServerIdentity identity;
    private final Supplier<byte[]> challenges;
    private final LongSupplier fileTimeClock;
    private byte[] negotiateMessage;
    private byte[] challengeMessage;
    private byte[] serverChallenge;

    public NtlmServer(CredentialLookup credentials, ServerIdentity identity) {
        this(credentials, identity, randomChallenges(), FileTime::now);
    }

    NtlmServer(CredentialLookup credentials, ServerIdentity identity, Supplier<byte[]> challenges,
               LongSupplier fileTimeClock) {
        this.credentials = credentials;
        this.identity = identity;
        this.challenges = challenges;
        this.fileTimeClock = fileTimeClock;
    }

    /** The CHALLENGE message (type 2) answering {@code negotiate}. */
    public byte[] challenge(byte[] negotiate) throws NtlmException {
        reset();
        NegotiateMessage request = NegotiateMessage.parse(negotiate);
        // Always UNICODE and NTLMv2 with extended session security; session options only as requested.
        // REQUEST_TARGET is always set, as Windows sets it (a TargetName is always supplied): ntlm-auth (pywinrm)
        // derives its AUTHENTICATE flags by subtracting OEM from these, and without this bit the borrow eats SIGN.
        int flags = NegotiateFlags.UNICODE | NegotiateFlags.NTLM | NegotiateFlags.EXTENDED_SESSIONSECURITY
                | NegotiateFlags.TARGET_INFO | NegotiateFlags.TARGET_TYPE_SERVER | NegotiateFlags.REQUEST_TARGET
                | (request.flags() & NegotiateFlags.ECHOED);
        TargetInfo info = new TargetInfo(List.of(
                AvPair.text(AvPair.NB_DOMAIN_NAME, identity.netbiosDomainName()),
                AvPair.text(AvPair.NB_COMPUTER_NAME, identity.netbiosComputerName()),
                AvPair.text(AvPair.DNS_DOMAIN_NAME, identity.dnsDomainName()),
                AvPair.text(AvPair.DNS_COMPUTER_NAME, identity.dnsComputerName()),
                AvPair.u64(AvPair.TIMESTAMP, fileTimeClock.getAsLong())));
        byte[] challenge = challenges.get();
        byte[] encoded = new ChallengeMessage(flags, challenge, identity.netbiosComputerName(), info,
                Optional.of(NtlmVersion.HVMON)).encode();
        negotiateMessage = negotiate.clone();
        challengeMessage = encoded;
        serverChallenge = challenge;
        return encoded.clone();
    }

    /** Verifies the AUTHENTICATE message (type 3); fails with {@link NtlmException.Kind#AUTHENTICATION}. */
    public NtlmSession authenticate(byte[] authenticate) throws NtlmException {
        return authenticate(authenticate, null, false);
    }

    /**
     * As {@link #authenticate(byte[])}, checking the client's channel binding against this TLS channel's
     * {@code channelBinding} (null: not checked). A client that sends one must send this channel's; one that sends
     * none is refused only when {@code required} (WinRM's CbtHardeningLevel Relaxed and Strict).
     */
    public NtlmSession authenticate(byte[] authenticate, byte[] channelBinding, boolean required)
            throws NtlmException {
        if (serverChallenge == null) {
            throw new NtlmException(NtlmException.Kind.STATE, "AUTHENTICATE before any CHALLENGE on this connection");
        }
        try {
            return verify(authenticate, channelBinding, required);
        } finally {
            reset(); // one AUTHENTICATE per CHALLENGE, whatever the outcome
        }
    }

    private NtlmSession verify(byte[] authenticate, byte[] channelBinding, boolean bindingRequired)
            throws NtlmException {
        AuthenticateMessage message = AuthenticateMessage.parse(authenticate);
        if (message.user().isEmpty() || NegotiateFlags.has(message.flags(), NegotiateFlags.ANONYMOUS)) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION, "anonymous AUTHENTICATE is not accepted");
        }
        NtlmV2Response response = NtlmV2Response.parse(message.ntResponse());
        Optional<String> password = credentials.password(message.user(), message.domain());
        if (password.isEmpty()) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION,
                    "AUTHENTICATE names an unknown user '" + message.user() + "'");
        }
        byte[] ntowf = NtlmCrypto.ntowfV2(NtlmCrypto.ntHash(password.get()), message.user(), message.domain());
        byte[] proof = NtlmCrypto.ntProofStr(ntowf, serverChallenge, response.blob());
        if (!MessageDigest.isEqual(proof, response.ntProofStr())) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION,
                    "wrong password for user '" + message.user() + "' (NTLMv2 response does not verify)");
        }
        byte[] keyExchangeKey = NtlmCrypto.sessionBaseKey(ntowf, proof);
        byte[] exportedKey = exportedKey(message, keyExchangeKey);
        checkMic(message, response, authenticate, exportedKey);
        if (channelBinding != null) {
            checkChannelBinding(response.targetInfo(), channelBinding, bindingRequired);
        }
        return new NtlmSession(false, message.flags(), exportedKey, message.user(), message.domain());
    }

    private static byte[] exportedKey(AuthenticateMessage message, byte[] keyExchangeKey) throws NtlmException {
        if (!NegotiateFlags.has(message.flags(), NegotiateFlags.KEY_EXCH)) {
            return keyExchangeKey;
        }
        byte[] encrypted = message.encryptedRandomSessionKey();
        if (encrypted.length != NtlmCrypto.KEY_LENGTH) {
            throw NtlmException.malformed("AUTHENTICATE negotiates KEY_EXCH but its EncryptedRandomSessionKey is "
                    + encrypted.length + " bytes, expected 16");
        }
        return Rc4.once(keyExchangeKey, encrypted);
    }

    private void checkMic(AuthenticateMessage message, NtlmV2Response response, byte[] raw, byte[] exportedKey)
            throws NtlmException {
        if ((response.targetInfo().flags() & AvPair.FLAG_MIC_PRESENT) == 0) {
            return;
        }
        Optional<byte[]> mic = message.mic();
        if (mic.isEmpty()) {
            throw NtlmException.malformed("AUTHENTICATE flags a MIC but has no room for one");
        }
        byte[] expected = NtlmCrypto.hmacMd5(exportedKey, negotiateMessage, challengeMessage,
                AuthenticateMessage.withZeroMic(raw));
        if (!MessageDigest.isEqual(expected, mic.get())) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION,
                    "AUTHENTICATE MIC does not verify (messages altered in transit)");
        }
    }

    /** The client's MsvAvChannelBindings (in its NTLMv2 response, which the NTProofStr covers) against ours. */
    private static void checkChannelBinding(TargetInfo clientInfo, byte[] channelBinding, boolean required)
            throws NtlmException {
        byte[] sent = clientInfo.get(AvPair.CHANNEL_BINDINGS).map(AvPair::value).orElse(new byte[16]);
        if (java.util.Arrays.equals(sent, new byte[16])) { // absent, or the zeros of a client without TLS
            if (required) {
                throw new NtlmException(NtlmException.Kind.AUTHENTICATION, "AUTHENTICATE carries no channel"
                        + " binding, which this host requires over https (CbtHardeningLevel=Strict)");
            }
            return;
        }
        if (!MessageDigest.isEqual(sent, NtlmCrypto.channelBindingsHash(channelBinding))) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION, "AUTHENTICATE is bound to another TLS"
                    + " channel than this one (a relayed logon, or a TLS-intercepting proxy in between)");
        }
    }

    private void reset() {
        negotiateMessage = null;
        challengeMessage = null;
        serverChallenge = null;
    }

    private static Supplier<byte[]> randomChallenges() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[NtlmCrypto.CHALLENGE_LENGTH];
            random.nextBytes(b);
            return b;
        };
    }

    @Override
    public String toString() {
        return "NtlmServer[" + identity.netbiosComputerName() + ", challenged=" + (serverChallenge != null) + "]";
    }
}

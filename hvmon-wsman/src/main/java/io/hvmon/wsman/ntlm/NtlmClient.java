package io.hvmon.wsman.ntlm;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The client side of one NTLMv2 handshake: {@link #negotiate()}, then {@link #authenticate(byte[])} with the
 * server's CHALLENGE, then {@link #session()}. One instance per connection and handshake; not thread-safe.
 *
 * <p>A MIC is sent exactly when the CHALLENGE carries MsvAvTimestamp, as MS-NLMP 3.1.5.1.2 says (and Windows does);
 * the LM response is then 24 zero bytes. Without a server timestamp the client sends LMv2 and no MIC, as in the
 * MS-NLMP 4.2.4 example. Over https the TLS channel binding goes into MsvAvChannelBindings (WinRM's
 * CbtHardeningLevel); over http there is none, and message encryption protects the messages.
 */
public final class NtlmClient {

    /** The random and time inputs of a handshake, replaceable in tests to reproduce MS-NLMP's examples. */
    interface Inputs {
        byte[] clientChallenge();

        byte[] randomSessionKey();

        /** Now, as a FILETIME (100 ns ticks since 1601-01-01 UTC). */
        long fileTimeNow();
    }

    private enum State { NEW, NEGOTIATED, DONE }

    private final String user;
    private final String domain;
    private final String workstation;
    private final byte[] ntHash;
    private final Inputs inputs;
    private final NtlmVersion version;
    private State state = State.NEW;
    private byte[] negotiateMessage;
    private NtlmSession session;

    /**
     * @param user     the account; "DOMAIN\\user" is split when {@code domain} is empty. UPNs pass as they are.
     * @param domain   the account's domain or the host name for a local account; may be empty
     * @param password the password; only its NT hash is kept
     */
    public NtlmClient(String user, String domain, String password) {
        this(user, domain, password, "", systemInputs(), NtlmVersion.HVMON);
    }

    NtlmClient(String user, String domain, String password, String workstation, Inputs inputs, NtlmVersion version) {
        String d = domain == null ? "" : domain;
        String u = user;
        int slash = u.indexOf('\\');
        if (d.isEmpty() && slash >= 0) {
            d = u.substring(0, slash);
            u = u.substring(slash + 1);
        }
        this.user = u;
        this.domain = d;
        this.workstation = workstation;
        this.ntHash = NtlmCrypto.ntHash(password);
        this.inputs = inputs;
        this.version = version;
    }

    /** The NEGOTIATE message (type 1), flags {@link NegotiateFlags#CLIENT_DEFAULT}. */
    public byte[] negotiate() throws NtlmException {
        if (state != State.NEW) {
            throw new NtlmException(NtlmException.Kind.STATE, "negotiate() called twice; use a new NtlmClient");
        }
        negotiateMessage = new NegotiateMessage(NegotiateFlags.CLIENT_DEFAULT, Optional.of(version)).encode();
        state = State.NEGOTIATED;
        return negotiateMessage.clone();
    }

    /** The AUTHENTICATE message (type 3) answering {@code challengeMessage}; the session is ready afterwards. */
    public byte[] authenticate(byte[] challengeMessage) throws NtlmException {
        return authenticate(challengeMessage, null);
    }

    /**
     * As {@link #authenticate(byte[])}, bound to the TLS channel whose binding application data is
     * {@code channelBinding} (RFC 5929 tls-server-end-point); null for none.
     */
    public byte[] authenticate(byte[] challengeMessage, byte[] channelBinding) throws NtlmException {
        if (state != State.NEGOTIATED) {
            throw new NtlmException(NtlmException.Kind.STATE, "authenticate() needs negotiate() first, once");
        }
        ChallengeMessage challenge = ChallengeMessage.parse(challengeMessage);
        int flags = negotiatedFlags(challenge.flags());
        Optional<Long> serverTime = challenge.targetInfo().timestamp();
        boolean withMic = serverTime.isPresent();
        TargetInfo info = withMic ? challenge.targetInfo().withFlags(AvPair.FLAG_MIC_PRESENT) : challenge.targetInfo();
        if (channelBinding != null) {
            info = info.with(new AvPair(AvPair.CHANNEL_BINDINGS, NtlmCrypto.channelBindingsHash(channelBinding)));
        }

        byte[] ntowf = NtlmCrypto.ntowfV2(ntHash, user, domain);
        byte[] clientChallenge = inputs.clientChallenge();
        byte[] serverChallenge = challenge.serverChallenge();
        byte[] blob = NtlmCrypto.clientBlob(serverTime.orElseGet(inputs::fileTimeNow), clientChallenge, info.encode());
        byte[] proof = NtlmCrypto.ntProofStr(ntowf, serverChallenge, blob);
        byte[] lm = withMic ? new byte[24] : NtlmCrypto.lmV2Response(ntowf, serverChallenge, clientChallenge);
        byte[] keyExchangeKey = NtlmCrypto.sessionBaseKey(ntowf, proof);

        byte[] exportedKey = keyExchangeKey;
        byte[] encryptedKey = new byte[0];
        if (NegotiateFlags.has(flags, NegotiateFlags.KEY_EXCH)) {
            exportedKey = inputs.randomSessionKey();
            encryptedKey = Rc4.once(keyExchangeKey, exportedKey);
        }

        AuthenticateMessage message = new AuthenticateMessage(flags, lm, NtlmCrypto.concat(proof, blob), domain, user,
                workstation, encryptedKey, Optional.of(version),
                withMic ? Optional.of(new byte[AuthenticateMessage.MIC_LENGTH]) : Optional.empty());
        byte[] encoded = message.encode();
        if (withMic) {
            byte[] mic = NtlmCrypto.hmacMd5(exportedKey, negotiateMessage, challengeMessage, encoded);
            System.arraycopy(mic, 0, encoded, AuthenticateMessage.MIC_OFFSET, AuthenticateMessage.MIC_LENGTH);
        }
        session = new NtlmSession(true, flags, exportedKey, user, domain);
        state = State.DONE;
        return encoded;
    }

    /** Our NEGOTIATE flags, less the options the server did not grant. */
    private static int negotiatedFlags(int challengeFlags) {
        int optional = NegotiateFlags.UNICODE | NegotiateFlags.SIGN | NegotiateFlags.SEAL | NegotiateFlags.ALWAYS_SIGN
                | NegotiateFlags.EXTENDED_SESSIONSECURITY | NegotiateFlags.TARGET_INFO | NegotiateFlags.VERSION
                | NegotiateFlags.NEGOTIATE_128 | NegotiateFlags.KEY_EXCH | NegotiateFlags.NEGOTIATE_56;
        int flags = NegotiateFlags.CLIENT_DEFAULT & ~(optional & ~challengeFlags);
        if (!NegotiateFlags.has(flags, NegotiateFlags.UNICODE)) {
            flags |= NegotiateFlags.OEM;
        }
        return flags;
    }

    /** The session security context; available after {@link #authenticate(byte[])}. */
    public NtlmSession session() throws NtlmException {
        if (state != State.DONE) {
            throw new NtlmException(NtlmException.Kind.STATE, "no NTLM session before authenticate()");
        }
        return session;
    }

    static Inputs systemInputs() {
        SecureRandom random = new SecureRandom();
        return new Inputs() {
            @Override
            public byte[] clientChallenge() {
                byte[] b = new byte[NtlmCrypto.CHALLENGE_LENGTH];
                random.nextBytes(b);
                return b;
            }

            @Override
            public byte[] randomSessionKey() {
                byte[] b = new byte[NtlmCrypto.KEY_LENGTH];
                random.nextBytes(b);
                return b;
            }

            @Override
            public long fileTimeNow() {
                return FileTime.now();
            }
        };
    }

    @Override
    public String toString() {
        return "NtlmClient[user=" + user + ", domain=" + domain + ", state=" + state + "]";
    }
}

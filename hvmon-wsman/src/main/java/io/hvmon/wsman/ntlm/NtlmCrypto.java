package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The NTLMv2 computations of MS-NLMP 3.3.2 and 3.4.5, as pure functions over byte arrays. */
final class NtlmCrypto {

    static final int CHALLENGE_LENGTH = 8;
    static final int KEY_LENGTH = 16;

    private NtlmCrypto() {
    }

    static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    /** MD4 of the UTF-16LE password: the NT hash (NTOWFv1). */
    static byte[] ntHash(String password) {
        return Md4.digest(utf16le(password));
    }

    /** NTOWFv2 = HMAC_MD5(NT hash, UTF16LE(UPPER(user) + domain)); the domain is used exactly as sent. */
    static byte[] ntowfV2(byte[] ntHash, String user, String domain) {
        return hmacMd5(ntHash, utf16le(user.toUpperCase(Locale.ROOT) + domain));
    }

    static byte[] md5(byte[]... parts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (byte[] part : parts) {
                md5.update(part);
            }
            return md5.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available in this JDK", e);
        }
    }

    static byte[] hmacMd5(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is not available in this JDK", e);
        }
    }

    /** The NTLMv2 "temp" blob: header, timestamp, client challenge and the AV pairs (MS-NLMP 3.3.2). */
    static byte[] clientBlob(long fileTime, byte[] clientChallenge, byte[] targetInfo) {
        ByteWriter w = new ByteWriter(28 + targetInfo.length + 4);
        w.u8(1).u8(1).u16(0).u32(0);
        w.u64(fileTime);
        w.bytes(clientChallenge);
        w.u32(0);
        w.bytes(targetInfo);
        w.u32(0);
        return w.toByteArray();
    }

    static byte[] ntProofStr(byte[] ntowfV2, byte[] serverChallenge, byte[] blob) {
        return hmacMd5(ntowfV2, serverChallenge, blob);
    }

    /** LMv2 = HMAC_MD5(NTOWFv2, server challenge || client challenge) || client challenge. */
    static byte[] lmV2Response(byte[] ntowfV2, byte[] serverChallenge, byte[] clientChallenge) {
        return concat(hmacMd5(ntowfV2, serverChallenge, clientChallenge), clientChallenge);
    }

    /** SessionBaseKey; for NTLMv2 it is also the KeyExchangeKey (MS-NLMP 3.4.5.1). */
    static byte[] sessionBaseKey(byte[] ntowfV2, byte[] ntProofStr) {
        return hmacMd5(ntowfV2, ntProofStr);
    }

    static byte[] signKey(byte[] exportedKey, boolean clientToServer) {
        return md5(exportedKey, magic(clientToServer ? "client-to-server signing" : "server-to-client signing"));
    }

    /** SEALKEY with extended session security: 128-bit uses the whole key, 56-bit 7 bytes, otherwise 5 bytes. */
    static byte[] sealKey(byte[] exportedKey, int flags, boolean clientToServer) {
        int used = NegotiateFlags.has(flags, NegotiateFlags.NEGOTIATE_128) ? 16
                : NegotiateFlags.has(flags, NegotiateFlags.NEGOTIATE_56) ? 7 : 5;
        byte[] key = java.util.Arrays.copyOf(exportedKey, used);
        return md5(key, magic(clientToServer ? "client-to-server sealing" : "server-to-client sealing"));
    }

    private static byte[] magic(String what) {
        return ("session key to " + what + " key magic constant\0").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /**
     * MsvAvChannelBindings: the MD5 of a gss_channel_bindings_struct (RFC 2744) with no addresses and this
     * application data (for TLS, RFC 5929's tls-server-end-point) — four zero 32-bit fields, the data's 32-bit
     * little-endian length, the data.
     */
    public static byte[] channelBindingsHash(byte[] applicationData) {
        byte[] struct = new byte[16 + 4 + applicationData.length];
        int length = applicationData.length;
        struct[16] = (byte) length;
        struct[17] = (byte) (length >>> 8);
        struct[18] = (byte) (length >>> 16);
        struct[19] = (byte) (length >>> 24);
        System.arraycopy(applicationData, 0, struct, 20, length);
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(struct);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}

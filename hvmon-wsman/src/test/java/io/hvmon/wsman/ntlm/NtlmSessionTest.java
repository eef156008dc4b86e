package io.hvmon.wsman.ntlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NtlmSessionTest {

    private static final byte[] MESSAGE = "<s:Envelope/>".getBytes(StandardCharsets.UTF_8);

    private Handshake.Sessions s;

    @BeforeEach
    void handshake() throws Exception {
        s = Handshake.run("Administrator", "", "S3cret!pass");
    }

    private static void assertIntegrityError(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(NtlmException.class).hasMessageContaining(message)
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.INTEGRITY);
    }

    @Test
    void tamperedChecksumIsRefusedAndTheSessionIsThenUnusable() throws Exception {
        WrappedMessage w = s.client().wrap(MESSAGE);
        byte[] signature = w.signature();
        signature[6] ^= 0x40;
        assertIntegrityError(() -> s.server().unwrap(signature, w.sealed()), "signature does not verify");
        assertThatThrownBy(() -> s.server().unwrap(w.signature(), w.sealed()))
                .isInstanceOf(NtlmException.class).hasMessageContaining("unusable")
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.STATE);
    }

    @Test
    void tamperedSealedDataIsRefused() throws Exception {
        WrappedMessage w = s.client().wrap(MESSAGE);
        byte[] sealed = w.sealed();
        sealed[3] ^= 1;
        assertIntegrityError(() -> s.server().unwrap(w.signature(), sealed), "signature does not verify");
    }

    @Test
    void replayedMessageIsRefusedByItsSequenceNumber() throws Exception {
        WrappedMessage w = s.client().wrap(MESSAGE);
        assertThat(s.server().unwrap(w.signature(), w.sealed())).isEqualTo(MESSAGE);
        assertIntegrityError(() -> s.server().unwrap(w.signature(), w.sealed()),
                "sequence number 0, expected 1 (replayed");
    }

    @Test
    void skippedMessageIsRefused() throws Exception {
        s.client().wrap(MESSAGE);
        WrappedMessage second = s.client().wrap(MESSAGE);
        assertIntegrityError(() -> s.server().unwrap(second.signature(), second.sealed()),
                "sequence number 1, expected 0");
    }

    @Test
    void aMessageSealedForTheOtherDirectionIsRefused() throws Exception {
        WrappedMessage w = s.client().wrap(MESSAGE);
        assertIntegrityError(() -> s.client().unwrap(w.signature(), w.sealed()), "does not verify");
    }

    @Test
    void wrongSignatureVersionOrLengthIsRefused() throws Exception {
        WrappedMessage w = s.client().wrap(MESSAGE);
        byte[] signature = w.signature();
        signature[0] = 2;
        assertIntegrityError(() -> s.server().unwrap(signature, w.sealed()), "version 2");
        Handshake.Sessions fresh = Handshake.run("Administrator", "", "S3cret!pass");
        assertIntegrityError(() -> fresh.server().unwrap(new byte[15], MESSAGE), "15 bytes");
    }

    @Test
    void aSessionFromADifferentHandshakeCannotRead() throws Exception {
        Handshake.Sessions other = Handshake.run("Administrator", "", "S3cret!pass");
        WrappedMessage w = s.client().wrap(MESSAGE);
        assertIntegrityError(() -> other.server().unwrap(w.signature(), w.sealed()), "does not verify");
    }

    @Test
    void emptyMessagesWork() throws Exception {
        WrappedMessage w = s.server().wrap(new byte[0]);
        assertThat(w.sealed()).isEmpty();
        assertThat(s.client().unwrap(w.signature(), w.sealed())).isEmpty();
    }
}

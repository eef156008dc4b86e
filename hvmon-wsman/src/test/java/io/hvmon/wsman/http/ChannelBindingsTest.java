package io.hvmon.wsman.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5929 §4.1: the certificate's signature hash, with MD5 and SHA-1 taken up to SHA-256. */
class ChannelBindingsTest {

    @Test
    void theHashFollowsTheCertificatesSignatureAlgorithm() {
        assertThat(ChannelBindings.hashOf("SHA256withRSA")).isEqualTo("SHA-256");
        assertThat(ChannelBindings.hashOf("SHA384withECDSA")).isEqualTo("SHA-384");
        assertThat(ChannelBindings.hashOf("SHA512withRSA")).isEqualTo("SHA-512");
        assertThat(ChannelBindings.hashOf("SHA1withRSA")).isEqualTo("SHA-256");
        assertThat(ChannelBindings.hashOf("MD5withRSA")).isEqualTo("SHA-256");
        assertThat(ChannelBindings.hashOf("RSASSA-PSS")).isEqualTo("SHA-256");
    }
}

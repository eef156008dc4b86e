package io.hvmon.wsman.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real Windows samples from {@code shared/reference/samples}, copied into the test resources. */
final class Samples {

    static final String ENUMERATE = "wsman_enumerate_response_win32_process_winrm-gem.xml";
    static final String PULL = "wsman_pull_response_win32_process_winrm-gem.xml";
    static final String FAULT_2008R2 = "real-fault-n-CannotProcessFilter-win2008r2-invalid-class.xml";
    static final String FAULT_WMIV1 = "real-fault-n-CannotProcessFilter-wmiv1-plugin.xml";
    static final String FAULT_QUOTA = "real-fault-w-QuotaLimit-MSFT_WmiError-detail.xml";
    static final String KVP_ITEM = "kvp_guestintrinsic_item_fqdn_msdocs.xml";

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/soap/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static InputStream stream(String xml, boolean ignored) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}

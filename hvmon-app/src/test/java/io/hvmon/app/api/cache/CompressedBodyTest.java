package io.hvmon.app.api.cache;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CompressedBodyTest {

    private static final byte[] TEXT = "hyperv_vm_info{host=\"hv01\"} 1\n".repeat(5000).getBytes(StandardCharsets.UTF_8);

    private static CompressedBody render(byte[] text) {
        return CompressedBody.render(out -> {
            for (int i = 0; i < text.length; i += 1000) {
                out.write(text, i, Math.min(1000, text.length - i));
            }
        });
    }

    @Test
    void theGzipIsTheTextAndTheTagsAreRenderedsOwn() throws IOException {
        CompressedBody body = render(TEXT);
        Rendered same = Rendered.of(TEXT);

        Representation gzip = body.select(true);
        Representation identity = body.select(false);

        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(TEXT);
        assertThat(gzip.body().length).isLessThan(TEXT.length / 10);
        assertThat(gzip.contentEncoding()).isEqualTo("gzip");
        assertThat(identity.body()).isEqualTo(TEXT);
        assertThat(identity.gzipped()).isFalse();
        assertThat(body.length()).isEqualTo(TEXT.length);
        assertThat(identity.etag()).isEqualTo(same.identity().etag());
        assertThat(gzip.etag()).isEqualTo(same.gzip().etag());
    }

    @Test
    void theSameTextGetsTheSameTagsAndAnotherTextOthers() {
        assertThat(render(TEXT).select(true).etag()).isEqualTo(render(TEXT).select(true).etag());
        byte[] other = TEXT.clone();
        other[other.length - 2] = '2';
        assertThat(render(other).select(false).etag()).isNotEqualTo(render(TEXT).select(false).etag());
    }

    @Test
    void anEmptyBodyIsServable() {
        CompressedBody empty = CompressedBody.render(out -> { });
        assertThat(empty.select(false).body()).isEmpty();
        assertThat(empty.length()).isZero();
    }
}

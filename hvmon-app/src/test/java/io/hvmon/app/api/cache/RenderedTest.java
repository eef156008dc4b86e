package io.hvmon.app.api.cache;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedTest {

    /** JSON-like text that compresses well, {@code size} bytes long. */
    static byte[] json(int size) {
        StringBuilder text = new StringBuilder("[");
        while (text.length() < size - 1) {
            text.append("{\"state\":\"running\"},");
        }
        text.setLength(size - 1);
        return text.append(']').toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLargeBodyIsGzippedOnceAndItsGzipInflatesToIt() throws IOException {
        byte[] body = json(20_000);
        Rendered rendered = Rendered.of(body);

        assertThat(rendered.identity().body()).isSameAs(body);
        assertThat(rendered.gzip()).isNotNull();
        assertThat(rendered.gzip().body().length).isLessThan(body.length / 5);
        assertThat(gunzip(rendered.gzip().body())).isEqualTo(body);
        assertThat(rendered.gzip().contentEncoding()).isEqualTo("gzip");
        assertThat(rendered.identity().contentEncoding()).isNull();
    }

    @Test
    void smallBodiesAndBodiesThatDoNotShrinkAreNotGzipped() {
        assertThat(Rendered.of(json(Gzip.MIN_SIZE - 1)).gzip()).isNull();
        assertThat(Rendered.of(json(Gzip.MIN_SIZE)).gzip()).isNotNull();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThat(Rendered.of(noise).gzip()).as("random bytes grow when gzipped").isNull();
    }

    @Test
    void tagsAreStrongQuotedAndNameTheContent() {
        Rendered one = Rendered.of(json(5000));
        Rendered same = Rendered.of(json(5000));
        Rendered other = Rendered.of(json(5001));

        assertThat(one.identity().etag()).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(one.gzip().etag()).isEqualTo(one.identity().etag().replaceAll("\"$", "-gz\""));
        assertThat(same.identity().etag()).isEqualTo(one.identity().etag());
        assertThat(other.identity().etag()).isNotEqualTo(one.identity().etag());
    }

    @Test
    void selectsGzipOnlyWhenAcceptedAndThere() {
        Rendered large = Rendered.of(json(5000));
        Rendered small = Rendered.of(json(100));

        assertThat(large.select(true)).isSameAs(large.gzip());
        assertThat(large.select(false)).isSameAs(large.identity());
        assertThat(small.select(true)).isSameAs(small.identity());
    }
}

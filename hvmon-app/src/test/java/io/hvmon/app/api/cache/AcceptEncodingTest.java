package io.hvmon.app.api.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] -> gzip: {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip                              | true",
            "GZip                              | true",
            "x-gzip                            | true",
            "gzip, deflate, br, zstd           | true",
            "br;q=1.0, gzip;q=0.8, *;q=0.1     | true",
            "*                                 | true",
            "gzip;q=0.001                      | true",
            "gzip ; q = 0.5                    | true",
            "gzip;q=0                          | false",
            "gzip;q=0.000                      | false",
            "gzip;Q=0                          | false",
            "*;q=0                             | false",
            "gzip;q=0, *                       | false",
            "*, gzip;q=0                       | false",
            "deflate, br                       | false",
            "identity                          | false",
            "''                                | false",
            "gzip;q=0.5, identity;q=1          | false",
            "gzip;q=1, identity;q=0.5          | true",
            "gzip, identity;q=0                | true",
            "gzip;q=2                          | false",
            "gzip;q=0.5000                     | false",
            "gzip;q=abc                        | false",
            "gzip;q=abc, *;q=0.3               | true",
            "gzip;level=9                      | true",
    })
    void qValuesDecide(String field, boolean gzip) {
        assertThat(AcceptEncoding.allowsGzip(List.of(field))).isEqualTo(gzip);
    }

    @Test
    void noHeaderMeansIdentity() {
        assertThat(AcceptEncoding.allowsGzip(List.of())).isFalse();
    }

    @Test
    void severalFieldLinesCountAsOneList() {
        assertThat(AcceptEncoding.allowsGzip(List.of("br", "gzip"))).isTrue();
        assertThat(AcceptEncoding.allowsGzip(List.of("gzip", "gzip;q=0"))).as("the higher weight of a repeated coding")
                .isTrue();
        assertThat(AcceptEncoding.allowsGzip(List.of("*", "gzip;q=0"))).isFalse();
    }
}

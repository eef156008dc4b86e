package io.hvmon.app.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HostNamesHeaderTest {

    @Test
    void namesAsConfiguredSeparatedByCommas() {
        assertThat(HostNamesHeader.value(List.of("hv02", "HV-NODE03.corp_1"))).isEqualTo("hv02, HV-NODE03.corp_1");
    }

    @Test
    void anythingElseIsPercentEncodedSoTheValueIsAsciiWithoutSeparatorsInNames() {
        assertThat(HostNamesHeader.value(List.of("a,b c", "x\r\ny", "hôte", "50%+"))).isEqualTo(
                "a%2Cb%20c, x%0D%0Ay, h%C3%B4te, 50%25%2B");
    }

    @Test
    void aLongListIsCutWithAnEndingThatSaysHowManyMore() {
        List<String> names = IntStream.range(0, 1000).mapToObj(i -> "hyperv-host-%04d.example.com".formatted(i)).toList();

        String value = HostNamesHeader.value(names);

        assertThat(value.length()).isLessThanOrEqualTo(HostNamesHeader.MAX_LENGTH);
        assertThat(value).startsWith("hyperv-host-0000.example.com, hyperv-host-0001.example.com, ").matches(".*, \\+\\d+ more");
        List<String> parts = List.of(value.split(", "));
        int shown = parts.size() - 1;
        assertThat(parts.getLast()).isEqualTo("+" + (1000 - shown) + " more");
        assertThat(parts.subList(0, shown)).isEqualTo(names.subList(0, shown));
    }

    @Test
    void aListThatFitsIsNeverCut() {
        List<String> names = IntStream.range(0, 3).mapToObj(i -> "h".repeat(300) + i).toList();
        assertThat(HostNamesHeader.value(names)).isEqualTo(String.join(", ", names)).hasSizeLessThanOrEqualTo(1000);
    }
}

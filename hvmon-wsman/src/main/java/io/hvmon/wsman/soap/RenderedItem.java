package io.hvmon.wsman.soap;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One instance already rendered as a self-contained XML element (it declares its own namespaces, as Windows' items
 * do), with its UTF-8 size, so batches can be cut to MaxEnvelopeSize without rendering twice.
 */
public record RenderedItem(String xml, int byteLength) {

    public RenderedItem {
        Objects.requireNonNull(xml, "xml");
    }

    static RenderedItem of(String xml) {
        return new RenderedItem(xml, xml.getBytes(StandardCharsets.UTF_8).length);
    }
}

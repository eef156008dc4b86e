package io.hvmon.app.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders JSON to bytes with one shared, thread-safe Jackson factory. */
public final class JsonOut {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes JSON to a generator; may throw IOException, which cannot happen in memory. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOut() {
    }

    public static byte[] render(Body body) {
        return render(body, false);
    }

    public static byte[] render(Body body, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

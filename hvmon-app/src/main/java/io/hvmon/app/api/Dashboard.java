package io.hvmon.app.api;

import io.hvmon.app.api.cache.ConditionalGet;
import io.hvmon.app.api.cache.Once;
import io.hvmon.app.api.cache.Rendered;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import io.hvmon.app.view.JsonOut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dashboard at {@code /}: a page, its script, style and icon (resources in the jar), and
 * {@code /ui/settings.json}, which tells the page whether to ask for an API key; each rendered once, on its first
 * request. These hold no data, so they are served without a key ({@link #SHELL_PATHS}); the page sends the key the
 * user gives it with every data request, in the {@code X-API-KEY} header, never in a URL.
 */
public final class Dashboard {

    /** Served without an API key: the shell of the page, no data. */
    public static final List<String> SHELL_PATHS = List.of("/", "/ui/app.js", "/ui/app.css", "/ui/icon.svg",
            "/ui/settings.json");

    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    static final String CSS = "text/css; charset=utf-8";
    static final String SVG = "image/svg+xml";

    private Dashboard() {
    }

    /** Adds the dashboard's routes; {@code keyRequired}: whether the API asks for a key, for the page to know. */
    static Router addTo(Router router, boolean keyRequired) {
        Supplier<Rendered> settings = () -> Rendered.of(JsonOut.render(json -> {
            json.writeStartObject();
            json.writeBooleanField("key_required", keyRequired);
            json.writeEndObject();
        }));
        return router
                .get("/", constant(Response.HTML, () -> resource("index.html")))
                .get("/ui/app.js", constant(JAVASCRIPT, () -> resource("app.js")))
                .get("/ui/app.css", constant(CSS, () -> resource("app.css")))
                .get("/ui/icon.svg", constant(SVG, () -> resource("icon.svg")))
                .get("/ui/settings.json", constant(Response.JSON, settings));
    }

    /** Read, gzipped and tagged on the first request, not while the server starts. */
    private static io.hvmon.app.http.Handler constant(String contentType, Supplier<Rendered> body) {
        Once<Rendered> once = new Once<>(body);
        return request -> ConditionalGet.answer(request, contentType, once.get(), Optional.empty(), Map.of());
    }

    private static Rendered resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream("/io/hvmon/app/ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the dashboard's " + name);
            }
            return Rendered.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

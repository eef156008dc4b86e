package io.hvmon.app.api;

import io.hvmon.app.api.cache.ConditionalGet;
import io.hvmon.app.api.cache.Once;
import io.hvmon.app.api.cache.Rendered;
import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.ProblemJson;
import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import io.hvmon.app.metrics.MetricsFormat;
import io.hvmon.app.metrics.SelfFacts;
import io.hvmon.app.metrics.WireTraffic;
import io.hvmon.app.view.JsonOut;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.collect.HostStatus;
import io.hvmon.collect.SnapshotStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The API's routes (JSON, {@code /metrics} for Prometheus, {@code /openapi.json} describing them): each reads the latest snapshots from the store, never waiting on a poll, and serves bodies
 * rendered once per version of what they show ({@link RenderedBodies}), with ETags, gzip and 304s
 * ({@link ConditionalGet}). Every data answer carries {@link FreshnessHeaders} for the hosts it covers, computed per
 * request, so a gap is never silent. Error answers (404, 409, 503) are small and rendered per request.
 */
public final class ApiRoutes {

    private final Freshness freshness;
    private final ValueStyle defaultStyle;
    private final Readiness readiness;
    private final RenderedBodies bodies;

    private ApiRoutes(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen,
                      Views views, WireTraffic traffic) {
        this.freshness = freshness;
        this.defaultStyle = defaultStyle;
        this.readiness = new Readiness(freshness, readyWhen);
        this.bodies = new RenderedBodies(store, views, () -> SelfFacts.read(traffic));
    }

    /** @param traffic the WS-Man counters of the hosts collected remotely, for {@code /metrics} */
    public static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen,
                                WireTraffic traffic) {
        return router(store, freshness, defaultStyle, readyWhen, Views.STANDARD, traffic);
    }

    /** @param keyRequired whether the API asks for a key: the dashboard then asks its user for one */
    public static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen,
                                WireTraffic traffic, boolean keyRequired) {
        return router(store, freshness, defaultStyle, readyWhen, Views.STANDARD, traffic, keyRequired);
    }

    static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen,
                         Views views, WireTraffic traffic) {
        return router(store, freshness, defaultStyle, readyWhen, views, traffic, false);
    }

    private static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle,
                                 ReadyWhen readyWhen, Views views, WireTraffic traffic, boolean keyRequired) {
        ApiRoutes api = new ApiRoutes(store, freshness, defaultStyle, readyWhen, views, traffic);
        // Constant: rendered (and gzipped, and tagged) once, at start.
        Rendered healthy = Rendered.of(JsonOut.render(json -> {
            json.writeStartObject();
            json.writeStringField("status", "ok");
            json.writeEndObject();
        }));
        // Constant too, but 78 KB to hash and gzip: on its first request rather than at every start.
        Once<Rendered> openApi = new Once<>(() -> Rendered.of(OpenApiDocument.bytes()));
        return Dashboard.addTo(new Router(), keyRequired)
                .get("/hvm/replicas", request -> api.vmList(request, api.bodies::replicas))
                .get("/hvm/vms", request -> api.vmList(request, api.bodies::vms))
                .getWithId("/hvm/vms/", api::vm)
                .get("/hvm/host", api::host)
                .get("/hvm/hosts", api::hosts)
                .getWithId("/hvm/hosts/", api::hostByName)
                .get("/metrics", api::metrics)
                .get("/openapi.json", request -> ConditionalGet.answer(request, Response.JSON, openApi.get(),
                        Optional.empty(), Map.of()))
                .get("/healthz", request -> ConditionalGet.answer(request, Response.JSON, healthy, Optional.empty(),
                        Map.of()))
                .get("/readyz", request -> api.readiness.ready(request, api.coverage(api.bodies.fleet().hosts())));
    }

    /** {@code /hvm/replicas}, {@code /hvm/vms}: what the hosts with data have, flagged when any host is missing. */
    private Response vmList(Request request, BiFunction<Fleet, ValueStyle, Rendered> body) {
        Fleet fleet = bodies.fleet();
        Coverage all = coverage(fleet.hosts());
        if (!all.anyData()) {
            return readiness.noData(request, all);
        }
        return dataAnswer(request, body.apply(fleet, style(request)), all, vmDataValidates(fleet));
    }

    /** One VM; its freshness is its host's. Not found while hosts have no data is still 404, saying so. */
    private Response vm(Request request) {
        Fleet fleet = bodies.fleet();
        Coverage all = coverage(fleet.hosts());
        if (!all.anyData()) {
            return readiness.noData(request, all);
        }
        ValueStyle style = style(request);
        Optional<Fleet.Located> found = fleet.vm(request.pathVariable());
        if (found.isPresent()) {
            return dataAnswer(request, bodies.vm(found.get(), style), coverage(List.of(found.get().host())),
                    vmDataValidates(fleet));
        }
        List<HostStatus> unseen = all.neverCollected();
        String detail = "no VM with id '" + request.pathVariable() + "': ids are VM GUIDs as listed by /hvm/vms"
                + (unseen.isEmpty() ? "" : "; not searched: " + names(unseen)
                + (unseen.size() == 1 ? " has" : " have") + " not been collected yet, the VM may be there");
        return FreshnessHeaders.add(ProblemJson.response(Problem.notFound(detail), request.path()), all);
    }

    private Response host(Request request) {
        List<HostStatus> hosts = bodies.fleet().hosts();
        if (hosts.size() != 1) {
            throw new ProblemException(Problem.of(409, "this hvmon collects " + hosts.size()
                    + " hosts; /hvm/host is for a single host: use /hvm/hosts or /hvm/hosts/{name}"));
        }
        return hostAnswer(request, hosts.getFirst());
    }

    private Response hosts(Request request) {
        Fleet fleet = bodies.fleet();
        Coverage all = coverage(fleet.hosts());
        return dataAnswer(request, bodies.hosts(fleet, all.staleNames(), style(request)), all, false);
    }

    private Response hostByName(Request request) {
        HostStatus status = bodies.fleet().host(request.pathVariable()).orElseThrow(() -> new ProblemException(
                Problem.notFound("no host named '" + request.pathVariable() + "': /hvm/hosts lists them")));
        return hostAnswer(request, status);
    }

    /** Host status is served before any data exists (it says why there is none), flagged like the rest. */
    private Response hostAnswer(Request request, HostStatus status) {
        Coverage one = coverage(List.of(status));
        return dataAnswer(request, bodies.host(status, one.stale(status), style(request)), one, false);
    }

    /**
     * {@code /metrics}: always 200, with or without data, so that Prometheus sees hvmon's own series (a host not
     * collected yet is {@code hvmon_collection_success 0}). The format follows {@code Accept}, hence {@code Vary}.
     */
    private Response metrics(Request request) {
        Fleet fleet = bodies.fleet();
        Coverage all = coverage(fleet.hosts());
        MetricsFormat format = MetricsFormat.negotiate(request.headers().all("Accept"));
        Map<String, String> headers = new java.util.LinkedHashMap<>(FreshnessHeaders.of(all));
        headers.put("Vary", "Accept");
        return ConditionalGet.answer(request, format.contentType(), bodies.metrics(fleet, all.staleNames(), format),
                Optional.empty(), headers);
    }

    /**
     * Last-Modified (the oldest collection served, see {@link FreshnessHeaders}) changes whenever a VM body does only
     * when there is one host: its polls follow one another at least a second apart and only its snapshot is shown.
     * With several hosts a newer snapshot need not move the oldest time, and a VM may move to another host; host
     * status changes on failures and with time. There, only the ETag validates.
     */
    private static boolean vmDataValidates(Fleet fleet) {
        return fleet.hosts().size() == 1;
    }

    private Response dataAnswer(Request request, Rendered body, Coverage coverage, boolean lastModifiedValidates) {
        Optional<Instant> lastModified = lastModifiedValidates ? coverage.oldestCollectedAt() : Optional.empty();
        return ConditionalGet.answer(request, Response.JSON, body, lastModified, FreshnessHeaders.of(coverage));
    }

    private Coverage coverage(List<HostStatus> hosts) {
        return Coverage.of(hosts, freshness);
    }

    /** Names for a detail in words, at most {@link Readiness#HOSTS_IN_DETAIL} of them. */
    private static String names(List<HostStatus> hosts) {
        String named = hosts.stream().limit(Readiness.HOSTS_IN_DETAIL).map(HostStatus::name)
                .collect(Collectors.joining(", "));
        int more = hosts.size() - Readiness.HOSTS_IN_DETAIL;
        return more > 0 ? named + " and " + more + " more" : named;
    }

    private ValueStyle style(Request request) {
        String values = request.param("values");
        if (values == null) {
            return defaultStyle;
        }
        return ValueStyle.parse(values).orElseThrow(() -> new ProblemException(Problem.badRequest(
                "values must be one of compat, friendly, numeric; got '" + values + "'")));
    }
}

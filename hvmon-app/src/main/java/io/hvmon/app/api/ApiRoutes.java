package io.hvmon.app.api;

import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import io.hvmon.app.view.HostView;
import io.hvmon.app.view.JsonOut;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.app.view.VmView;
import io.hvmon.collect.HostStatus;
import io.hvmon.collect.SnapshotStore;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;

import java.util.List;

/** The JSON API's routes: each reads the latest snapshots from the store and renders them, never waiting on a poll. */
public final class ApiRoutes {

    private final SnapshotStore store;
    private final Freshness freshness;
    private final ValueStyle defaultStyle;
    private final Readiness readiness;

    private ApiRoutes(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle) {
        this.store = store;
        this.freshness = freshness;
        this.defaultStyle = defaultStyle;
        this.readiness = new Readiness(store, freshness);
    }

    public static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle) {
        ApiRoutes api = new ApiRoutes(store, freshness, defaultStyle);
        return new Router()
                .get("/", request -> Response.html(IndexPage.html()))
                .get("/hvm/replicas", api::replicas)
                .get("/hvm/vms", api::vms)
                .getWithId("/hvm/vms/", api::vm)
                .get("/hvm/host", api::host)
                .get("/hvm/hosts", api::hosts)
                .getWithId("/hvm/hosts/", api::hostByName)
                .get("/healthz", request -> Response.json(JsonOut.render(json -> {
                    json.writeStartObject();
                    json.writeStringField("status", "ok");
                    json.writeEndObject();
                })))
                .get("/readyz", request -> api.readiness.ready());
    }

    private Response replicas(Request request) {
        List<HostSnapshot> snapshots = readiness.requireData();
        return readiness.withFreshness(Response.json(VmView.replicas(snapshots, style(request))));
    }

    private Response vms(Request request) {
        List<HostSnapshot> snapshots = readiness.requireData();
        return readiness.withFreshness(Response.json(VmView.vms(snapshots, style(request))));
    }

    private Response vm(Request request) {
        ValueStyle style = style(request);
        for (HostSnapshot snapshot : readiness.requireData()) {
            VmSummary vm = snapshot.vm(request.pathVariable()).orElse(null);
            if (vm != null) {
                return readiness.withFreshness(Response.json(VmView.vm(snapshot, vm, style)));
            }
        }
        throw new ProblemException(Problem.notFound("no VM with id '" + request.pathVariable()
                + "': ids are VM GUIDs as listed by /hvm/vms"));
    }

    private Response host(Request request) {
        List<HostStatus> hosts = store.hosts();
        if (hosts.size() != 1) {
            throw new ProblemException(Problem.of(409, "this hvmon collects " + hosts.size()
                    + " hosts; /hvm/host is for a single host: use /hvm/hosts or /hvm/hosts/{name}"));
        }
        return Response.json(HostView.host(hosts.getFirst(), freshness, style(request)));
    }

    private Response hosts(Request request) {
        return Response.json(HostView.hosts(store.hosts(), freshness, style(request)));
    }

    private Response hostByName(Request request) {
        HostStatus status = store.host(request.pathVariable()).orElseThrow(() -> new ProblemException(
                Problem.notFound("no host named '" + request.pathVariable() + "': /hvm/hosts lists them")));
        return Response.json(HostView.host(status, freshness, style(request)));
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

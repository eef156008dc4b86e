package io.hvmon.app.api;

import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.ProblemJson;
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
import java.util.stream.Collectors;

/**
 * The JSON API's routes: each reads the latest snapshots from the store and renders them, never waiting on a poll.
 * Every data answer carries {@link FreshnessHeaders} for the hosts it covers, so a gap is never silent.
 */
public final class ApiRoutes {

    private final SnapshotStore store;
    private final Freshness freshness;
    private final ValueStyle defaultStyle;
    private final Readiness readiness;

    private ApiRoutes(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen) {
        this.store = store;
        this.freshness = freshness;
        this.defaultStyle = defaultStyle;
        this.readiness = new Readiness(freshness, readyWhen);
    }

    public static Router router(SnapshotStore store, Freshness freshness, ValueStyle defaultStyle, ReadyWhen readyWhen) {
        ApiRoutes api = new ApiRoutes(store, freshness, defaultStyle, readyWhen);
        return new Router()
                .get("/", request -> Response.html(IndexPage.html()))
                .get("/hvm/replicas", request -> api.allVms(request, VmView::replicas))
                .get("/hvm/vms", request -> api.allVms(request, VmView::vms))
                .getWithId("/hvm/vms/", api::vm)
                .get("/hvm/host", api::host)
                .get("/hvm/hosts", api::hosts)
                .getWithId("/hvm/hosts/", api::hostByName)
                .get("/healthz", request -> Response.json(JsonOut.render(json -> {
                    json.writeStartObject();
                    json.writeStringField("status", "ok");
                    json.writeEndObject();
                })))
                .get("/readyz", request -> api.readiness.ready(request, api.coverage(api.store.hosts())));
    }

    /** What a view of every host's VMs needs: the snapshots and the style. */
    @FunctionalInterface
    private interface VmListView {
        byte[] render(List<HostSnapshot> snapshots, ValueStyle style);
    }

    /** {@code /hvm/replicas}, {@code /hvm/vms}: what the hosts with data have, flagged when any host is missing. */
    private Response allVms(Request request, VmListView view) {
        Coverage all = coverage(store.hosts());
        if (!all.anyData()) {
            return readiness.noData(request, all);
        }
        return FreshnessHeaders.add(Response.json(view.render(all.snapshots(), style(request))), all);
    }

    /** One VM; its freshness is its host's. Not found while hosts have no data is still 404, saying so. */
    private Response vm(Request request) {
        Coverage all = coverage(store.hosts());
        if (!all.anyData()) {
            return readiness.noData(request, all);
        }
        ValueStyle style = style(request);
        for (HostStatus host : all.hosts()) {
            VmSummary vm = host.snapshot() == null ? null : host.snapshot().vm(request.pathVariable()).orElse(null);
            if (vm != null) {
                return FreshnessHeaders.add(Response.json(VmView.vm(host.snapshot(), vm, style)),
                        coverage(List.of(host)));
            }
        }
        List<HostStatus> unseen = all.neverCollected();
        String detail = "no VM with id '" + request.pathVariable() + "': ids are VM GUIDs as listed by /hvm/vms"
                + (unseen.isEmpty() ? "" : "; not searched: " + names(unseen)
                + (unseen.size() == 1 ? " has" : " have") + " not been collected yet, the VM may be there");
        return FreshnessHeaders.add(ProblemJson.response(Problem.notFound(detail), request.path()), all);
    }

    private Response host(Request request) {
        List<HostStatus> hosts = store.hosts();
        if (hosts.size() != 1) {
            throw new ProblemException(Problem.of(409, "this hvmon collects " + hosts.size()
                    + " hosts; /hvm/host is for a single host: use /hvm/hosts or /hvm/hosts/{name}"));
        }
        return hostsAnswer(hosts, HostView.host(hosts.getFirst(), freshness, style(request)));
    }

    private Response hosts(Request request) {
        List<HostStatus> hosts = store.hosts();
        return hostsAnswer(hosts, HostView.hosts(hosts, freshness, style(request)));
    }

    private Response hostByName(Request request) {
        HostStatus status = store.host(request.pathVariable()).orElseThrow(() -> new ProblemException(
                Problem.notFound("no host named '" + request.pathVariable() + "': /hvm/hosts lists them")));
        return hostsAnswer(List.of(status), HostView.host(status, freshness, style(request)));
    }

    /** Host status is served before any data exists (it says why there is none), flagged like the rest. */
    private Response hostsAnswer(List<HostStatus> hosts, byte[] body) {
        return FreshnessHeaders.add(Response.json(body), coverage(hosts));
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

package io.hvmon.app.api;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.http.RequestHeaders;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import io.hvmon.app.metrics.WireTraffic;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.cim.CimException;
import io.hvmon.collect.Schedule;
import io.hvmon.collect.SnapshotStore;
import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each body is rendered once per version of what it shows and style, and served as the same bytes until that changes:
 * counted through {@link CountingViews}, through the router (no network, no timing).
 */
class RenderOnceTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final String SQL = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String WEB = "00000000-0000-4000-8000-00000000000B";
    private static final String APP = "00000000-0000-4000-8000-00000000000C";
    private static final Schedule SCHEDULE = new Schedule(Duration.ofSeconds(15), Duration.ofSeconds(5));

    private final SnapshotStore store = new SnapshotStore();
    private final CountingViews views = new CountingViews();
    private final TestClock clock = new TestClock(T0.plusSeconds(1));
    private final Router router = ApiRoutes.router(store, new Freshness(SCHEDULE, clock), ValueStyle.COMPAT,
            ReadyWhen.ANY_HOST, views, new WireTraffic());

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static HostSnapshot snapshot(String host, Instant at, VmSummary... vms) {
        return new HostSnapshot(host, at, Duration.ofMillis(20), 8, null, List.of(vms), List.of());
    }

    private static VmSummary vm(String id, String name, long replicationMode) {
        return SummaryInformationReader.toVm(Instances.summary(id, name, replicationMode));
    }

    private void collected(HostSnapshot snapshot) {
        store.recordSuccess(snapshot, snapshot.collectedAt().plus(SCHEDULE.interval()));
        clock.now = snapshot.collectedAt().plusSeconds(1);
    }

    private Response get(String path, String... headers) {
        int query = path.indexOf('?');
        Map<String, List<String>> fields = new java.util.HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            fields.put(headers[i], List.of(headers[i + 1]));
        }
        return router.route("GET", query < 0 ? path : path.substring(0, query), query < 0 ? null : path.substring(query + 1),
                RequestHeaders.of(fields));
    }

    private void oneHostCollected() {
        store.register("hv01", "test");
        collected(snapshot("hv01", T0, vm(SQL, "SQL01", 1), vm(WEB, "WEB01", 0)));
    }

    @Test
    void everyBodyIsRenderedOnceAndServedAsTheSameBytes() {
        oneHostCollected();

        for (String path : List.of("/hvm/replicas", "/hvm/vms", "/hvm/vms/" + SQL, "/hvm/host", "/hvm/hosts",
                "/hvm/hosts/hv01", "/", "/healthz")) {
            Response first = get(path);
            Response second = get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(second.body()).as(path).isSameAs(first.body());
        }
        assertThat(List.of("replicas", "vms", "vm", "host", "hosts")).allSatisfy(kind ->
                assertThat(views.renders(kind)).as(kind).isEqualTo(1));
        assertThat(get("/hvm/hosts/HV01").body()).as("the host's name in another case: the same body")
                .isSameAs(get("/hvm/host").body());
        assertThat(get("/hvm/vms/" + SQL.toLowerCase()).body()).isSameAs(get("/hvm/vms/" + SQL).body());
        assertThat(views.renders("host")).isEqualTo(1);
        assertThat(views.renders("vm")).isEqualTo(1);
    }

    @Test
    void eachStyleIsRenderedOnceOnItsOwn() {
        oneHostCollected();

        Response numeric = get("/hvm/vms?values=numeric");
        Response friendly = get("/hvm/vms?values=friendly");

        assertThat(get("/hvm/vms?values=numeric").body()).isSameAs(numeric.body());
        assertThat(get("/hvm/vms?values=friendly").body()).isSameAs(friendly.body());
        assertThat(friendly.body()).isNotEqualTo(numeric.body());
        assertThat(friendly.headers().get("ETag")).isNotEqualTo(numeric.headers().get("ETag"));
        assertThat(views.renders("vms")).isEqualTo(2);
        get("/hvm/vms/" + SQL + "?values=numeric");
        get("/hvm/vms/" + SQL + "?values=numeric");
        get("/hvm/vms/" + SQL + "?values=friendly");
        assertThat(views.renders("vm")).isEqualTo(2);
    }

    @Test
    void theGzipIsMadeOnceToo() {
        oneHostCollected();

        Response first = get("/hvm/vms", "Accept-Encoding", "gzip");
        Response second = get("/hvm/vms", "Accept-Encoding", "gzip");

        assertThat(first.headers()).containsEntry("Content-Encoding", "gzip");
        assertThat(second.body()).isSameAs(first.body());
        assertThat(views.renders("vms")).isEqualTo(1);
    }

    @Test
    void aNewSnapshotIsRenderedAgainAndGetsANewTag() throws Exception {
        oneHostCollected();
        Response before = get("/hvm/vms");
        String vmBefore = get("/hvm/vms/" + SQL).headers().get("ETag");

        collected(snapshot("hv01", T0.plusSeconds(15), vm(SQL, "SQL01-renamed", 1), vm(WEB, "WEB01", 0)));
        Response after = get("/hvm/vms");

        assertThat(views.renders("vms")).isEqualTo(2);
        assertThat(after.body()).isNotSameAs(before.body());
        assertThat(after.headers().get("ETag")).isNotEqualTo(before.headers().get("ETag"));
        assertThat(JSON.std.listFrom(after.body()).toString()).contains("SQL01-renamed");
        assertThat(get("/hvm/vms/" + SQL).headers().get("ETag")).isNotEqualTo(vmBefore);
        assertThat(views.renders("vm")).isEqualTo(2);
        assertThat(get("/hvm/vms").body()).isSameAs(after.body());
    }

    @Test
    void anUnchangedBodyRenderedAgainKeepsItsTag() {
        oneHostCollected();
        String before = get("/hvm/replicas").headers().get("ETag");

        collected(snapshot("hv01", T0.plusSeconds(15), vm(SQL, "SQL01", 1), vm(WEB, "WEB01", 0)));

        assertThat(get("/hvm/replicas").headers().get("ETag")).isEqualTo(before);
        assertThat(views.renders("replicas")).as("a new snapshot is rendered: only then is it known to be equal")
                .isEqualTo(2);
    }

    @Test
    void aFailedPollReRendersHostStatusButNotTheVmLists() throws Exception {
        oneHostCollected();
        Response vms = get("/hvm/vms");
        Response vm = get("/hvm/vms/" + SQL);
        Response host = get("/hvm/hosts/hv01");

        store.recordFailure("hv01", T0.plusSeconds(15), CimException.Kind.UNREACHABLE, "connection refused",
                T0.plusSeconds(45));

        assertThat(get("/hvm/vms").body()).isSameAs(vms.body());
        assertThat(get("/hvm/vms/" + SQL).body()).isSameAs(vm.body());
        Response failed = get("/hvm/hosts/hv01");
        assertThat(failed.body()).isNotSameAs(host.body());
        assertThat(JSON.std.mapFrom(failed.body())).containsEntry("error", "connection refused")
                .containsEntry("stale", true);
        assertThat(failed.headers()).containsEntry("X-Hvmon-Stale", "true");
        assertThat(views.renders("vms")).isEqualTo(1);
        assertThat(views.renders("vm")).isEqualTo(1);
        assertThat(views.renders("host")).isEqualTo(2);
    }

    @Test
    void aHostTurningStaleWithTimeAloneIsRenderedAgainOnce() throws Exception {
        oneHostCollected();
        Response fresh = get("/hvm/hosts/hv01");
        Response freshList = get("/hvm/hosts");
        long generation = store.generation();

        clock.now = T0.plus(SCHEDULE.interval().multipliedBy(2)).plus(SCHEDULE.timeout()).plusSeconds(1);
        Response stale = get("/hvm/hosts/hv01");
        Response staleList = get("/hvm/hosts");

        assertThat(store.generation()).as("no poll happened").isEqualTo(generation);
        assertThat(JSON.std.mapFrom(fresh.body())).containsEntry("stale", false);
        assertThat(JSON.std.mapFrom(stale.body())).containsEntry("stale", true);
        assertThat(stale.headers()).containsEntry("X-Hvmon-Stale", "true");
        assertThat(staleList.body()).isNotEqualTo(freshList.body());
        assertThat(get("/hvm/hosts/hv01").body()).isSameAs(stale.body());
        assertThat(get("/hvm/host").body()).isSameAs(stale.body());
        assertThat(get("/hvm/hosts").body()).isSameAs(staleList.body());
        assertThat(views.renders("host")).isEqualTo(2);
        assertThat(views.renders("hosts")).isEqualTo(2);
        assertThat(get("/hvm/vms").headers()).as("VM bodies do not show staleness; their headers do")
                .containsEntry("X-Hvmon-Stale", "true");
    }

    @Test
    void anotherHostsNewSnapshotLeavesThisHostsBodiesAlone() {
        store.register("hv01", "test");
        store.register("hv02", "test");
        collected(snapshot("hv01", T0, vm(SQL, "SQL01", 1)));
        collected(snapshot("hv02", T0, vm(APP, "APP01", 1)));
        Response sql = get("/hvm/vms/" + SQL);
        Response hv01 = get("/hvm/hosts/hv01");
        Response all = get("/hvm/vms");

        collected(snapshot("hv02", T0.plusSeconds(15), vm(APP, "APP01-renamed", 1)));

        assertThat(get("/hvm/vms/" + SQL).body()).isSameAs(sql.body());
        assertThat(get("/hvm/hosts/hv01").body()).isSameAs(hv01.body());
        assertThat(get("/hvm/vms").body()).isNotSameAs(all.body());
        assertThat(views.renders("vm")).isEqualTo(1);
        assertThat(views.renders("host")).isEqualTo(1);
        assertThat(views.renders("vms")).isEqualTo(2);
    }

    @Test
    void aGuidOnTwoHostsIsTheFirstHostsAsBefore() throws Exception {
        store.register("hv01", "test");
        store.register("hv02", "test");
        collected(snapshot("hv02", T0, vm(SQL, "SQL01-replica", 1)));
        collected(snapshot("hv01", T0, vm(SQL, "SQL01", 1)));

        assertThat(JSON.std.mapFrom(get("/hvm/vms/" + SQL.toLowerCase()).body())).containsEntry("host", "hv01")
                .containsEntry("name", "SQL01");
    }

    @Test
    void errorAnswersAreNotCachedAndCarryNoTag() {
        store.register("hv01", "test");
        Response noData = get("/hvm/vms");
        assertThat(noData.status()).isEqualTo(503);
        assertThat(noData.headers()).doesNotContainKeys("ETag", "Vary");

        collected(snapshot("hv01", T0, vm(SQL, "SQL01", 1)));
        Response unknown = get("/hvm/vms/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers()).doesNotContainKeys("ETag", "Vary");
        assertThat(Arrays.asList(views.renders("vms"), views.renders("vm"))).containsOnly(0);
    }

    /** /metrics as Prometheus asks for it: gzip, and the text inflated for the assertions. */
    private Response scrape(String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Accept-Encoding";
        all[headers.length + 1] = "gzip";
        return get("/metrics", all);
    }

    private static String text(Response gzipped) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void metricsAreRenderedOncePerVersionAndFormat() {
        oneHostCollected();

        Response text = scrape();
        Response openMetrics = scrape("Accept", "application/openmetrics-text;version=1.0.0");

        assertThat(scrape().body()).isSameAs(text.body());
        assertThat(scrape("Accept", "application/openmetrics-text").body()).isSameAs(openMetrics.body());
        assertThat(text.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(openMetrics.contentType()).startsWith("application/openmetrics-text; version=1.0.0");
        assertThat(text.headers()).containsEntry("Vary", "Accept, Accept-Encoding").containsEntry("Content-Encoding",
                "gzip");
        assertThat(openMetrics.headers().get("ETag")).isNotEqualTo(text.headers().get("ETag"));
        Response identity = get("/metrics");
        assertThat(new String(identity.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text(text));
        assertThat(text.headers().get("ETag")).as("the gzip tag is the text's with -gz")
                .isEqualTo(identity.headers().get("ETag").replaceFirst("\"$", "-gz\""));
        assertThat(views.renders("metrics")).as("identity is inflated from the gzip, not rendered again").isEqualTo(2);
    }

    @Test
    void metricsFollowEveryChangeOfAHostFailuresIncluded() {
        oneHostCollected();
        Response before = scrape();

        store.recordFailure("hv01", T0.plusSeconds(15), CimException.Kind.UNREACHABLE, "connection refused",
                T0.plusSeconds(45));
        Response failed = scrape();

        assertThat(failed.body()).isNotSameAs(before.body());
        assertThat(text(failed)).contains("hvmon_collection_success{host=\"hv01\"} 0").contains("hyperv_vm_info{");
        assertThat(scrape().body()).isSameAs(failed.body());
        assertThat(views.renders("metrics")).isEqualTo(2);
    }

    @Test
    void metricsOfAHostTurningStaleWithTimeAloneAreRenderedAgainOnce() {
        oneHostCollected();
        Response fresh = scrape();

        clock.now = T0.plus(SCHEDULE.interval().multipliedBy(2)).plus(SCHEDULE.timeout()).plusSeconds(1);
        Response stale = scrape();

        assertThat(text(fresh)).contains("hvmon_collection_stale{host=\"hv01\"} 0");
        assertThat(text(stale)).contains("hvmon_collection_stale{host=\"hv01\"} 1");
        assertThat(scrape().body()).isSameAs(stale.body());
        assertThat(views.renders("metrics")).isEqualTo(2);
    }

    @Test
    void metricsAreServedBeforeAnyCollectionSayingSo() {
        store.register("hv01", "test");

        Response metrics = scrape();

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers()).containsEntry("X-Hvmon-Stale", "true");
        assertThat(text(metrics)).contains("hvmon_collection_success{host=\"hv01\"} 0").doesNotContain("hyperv_");
    }
}

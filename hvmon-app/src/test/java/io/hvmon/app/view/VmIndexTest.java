package io.hvmon.app.view;

import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VmIndexTest {

    private static final String SQL = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String WEB = "00000000-0000-4000-8000-00000000000B";

    private static HostSnapshot snapshot() {
        List<VmSummary> vms = List.of(SummaryInformationReader.toVm(Instances.summary(SQL, "SQL01", 1)),
                SummaryInformationReader.toVm(Instances.summary(WEB, "WEB01", 0)));
        VmDetails details = new VmDetails(SQL, List.of(), null, null, null, new Checkpoints(3, null, null), null);
        // details are keyed as the collector keys them; the index must find them whatever the case
        return new HostSnapshot("hv01", Instant.parse("2026-11-22T10:00:00Z"), Duration.ofMillis(12), 8, null, vms,
                Map.of(SQL.toLowerCase(), details), Map.of(), List.of());
    }

    @Test
    void rowsKeepTheSnapshotsOrderWithTheirDetails() {
        VmIndex index = VmIndex.of(snapshot());

        assertThat(index.rows()).extracting(row -> row.vm().name()).containsExactly("SQL01", "WEB01");
        assertThat(index.rows()).extracting(VmIndex.Row::position).containsExactly(0, 1);
        assertThat(index.rows().getFirst().details().checkpoints().count()).isEqualTo(3);
        assertThat(index.rows().get(1).details()).isNull();
        assertThat(index.rows()).allSatisfy(row -> assertThat(row.hostName()).isEqualTo("hv01"));
    }

    @Test
    void findsAVmByGuidInAnyCase() {
        VmIndex index = VmIndex.of(snapshot());

        assertThat(index.find(SQL.toLowerCase())).get().extracting(row -> row.vm().name()).isEqualTo("SQL01");
        assertThat(index.find(WEB)).get().extracting(VmIndex.Row::position).isEqualTo(1);
        assertThat(index.find("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ValueStyle.class)
    void indexedRenderingIsByteForByteTheSnapshotRendering(ValueStyle style) {
        HostSnapshot snapshot = snapshot();
        VmIndex index = VmIndex.of(snapshot);

        assertThat(VmView.vmsOf(List.of(index), style)).isEqualTo(VmView.vms(List.of(snapshot), style));
        assertThat(VmView.vm(index.rows().getFirst(), style))
                .isEqualTo(VmView.vm(snapshot, snapshot.vms().getFirst(), style));
    }
}

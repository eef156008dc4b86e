package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSizerTest {

    private static final String REQUEST_ID = "uuid:7B8C31C7-122A-4F6C-98CA-3327B4D39CD4";

    private static List<RenderedItem> items(int count, int textLength) {
        List<RenderedItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(InstanceWriter.typed("root/virtualization/v2", new CimInstance("Msvm_ComputerSystem", List.of(
                    CimProperty.scalar("ElementName", CimType.STRING, "x".repeat(textLength)),
                    CimProperty.scalar("EnabledState", CimType.UINT16, 2L)))));
        }
        return items;
    }

    @Test
    void maxElementsCapsTheBatchWhenEverythingFits() throws Exception {
        assertThat(BatchSizer.fit(items(50, 10), 20, 512_000, REQUEST_ID, "hv01")).isEqualTo(20);
        assertThat(BatchSizer.fit(items(5, 10), 32_000, 512_000, REQUEST_ID, "hv01")).isEqualTo(5);
        assertThat(BatchSizer.fit(items(5, 10), 0, 512_000, REQUEST_ID, "hv01")).isEqualTo(1);
        assertThat(BatchSizer.fit(List.of(), 10, 512_000, REQUEST_ID, "hv01")).isZero();
    }

    @Test
    void theEnvelopeSizeCutsTheBatchAndTheResultReallyFits() throws Exception {
        List<RenderedItem> pending = items(100, 1000);
        int maxEnvelope = 10_000;
        int n = BatchSizer.fit(pending, 32_000, maxEnvelope, REQUEST_ID, "hv01");
        assertThat(n).isBetween(5, 9);
        byte[] pull = ResponseWriter.pullResponse(REQUEST_ID, MessageIds.next(), pending.subList(0, n), false);
        byte[] enumerate = ResponseWriter.enumerateResponse(REQUEST_ID, MessageIds.next(), pending.subList(0, n), true);
        assertThat(pull.length).isLessThanOrEqualTo(maxEnvelope);
        assertThat(enumerate.length).isLessThanOrEqualTo(maxEnvelope);
        byte[] oneMore = ResponseWriter.pullResponse(REQUEST_ID, MessageIds.next(), pending.subList(0, n + 1), false);
        assertThat(oneMore.length).isGreaterThan(maxEnvelope - 200); // not leaving a whole item's room unused
    }

    @Test
    void anItemThatCannotFitIsAnEncodingLimitFault() {
        assertThatThrownBy(() -> BatchSizer.fit(items(1, 20_000), 10, 8192, REQUEST_ID, "hv01"))
                .isInstanceOfSatisfying(WsManFaultException.class, e -> {
                    assertThat(e.fault().subcodeName()).isEqualTo("w:EncodingLimit");
                    assertThat(e.fault().wsmanCode()).isEqualTo(WsManFaults.MAX_ENVELOPE_SIZE_EXCEEDED);
                    assertThat(e.relatesTo()).isEqualTo(REQUEST_ID);
                });
    }

    @Test
    void anEnvelopeSizeBelow8192IsRefused() {
        assertThatThrownBy(() -> BatchSizer.fit(items(1, 1), 10, 8191, REQUEST_ID, "hv01"))
                .isInstanceOfSatisfying(WsManFaultException.class,
                        e -> assertThat(e.fault().wsmanCode()).isEqualTo(WsManFaults.MIN_ENVELOPE_SIZE));
    }
}

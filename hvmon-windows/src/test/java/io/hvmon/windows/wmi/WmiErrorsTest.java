package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HRESULTs in words: each says what, why and what to do, and keeps the code to look up. */
class WmiErrorsTest {

    private static CimException map(int hresult, String namespace) {
        return WmiErrors.toCimException(new ComException(hresult, "IWbemLocator::ConnectServer"), namespace,
                "run query 'SELECT Name FROM Msvm_SummaryInformation'");
    }

    @Test
    void noHyperVNamespaceMeansHyperVIsNotInstalled() {
        CimException e = map(0x8004100E, "root/virtualization/v2");
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("Hyper-V is not installed on this machine (no root\\virtualization\\v2)")
                .contains("0x8004100E").contains("\"hosts\"");
        assertThat(map(0x8004100E, "root/cimv2").getMessage()).contains("root\\cimv2 does not exist");
    }

    @Test
    void accessDeniedSaysWhichAccountToUse() {
        for (int hr : new int[] {0x80041003, 0x80070005}) {
            CimException e = map(hr, "root/virtualization/v2");
            assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("LocalSystem").contains("Hyper-V Administrators")
                    .contains("root\\virtualization\\v2");
        }
    }

    @Test
    void queriesClassesTimeoutsAndProviders() {
        assertThat(map(0x80041010, "root/virtualization/v2").kind()).isEqualTo(Kind.INVALID_QUERY);
        assertThat(map(0x80041010, "root/virtualization/v2").getMessage()).contains("invalid class");
        assertThat(map(0x80041017, "root/cimv2").kind()).isEqualTo(Kind.INVALID_QUERY);
        assertThat(map(0x80043001, "root/cimv2").kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(map(0x80041004, "root/virtualization/v2").getMessage()).contains("vmms");
        assertThat(map(0x80041002, "root/cimv2").kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(map(0x12345678 | 0x80000000, "root/cimv2").getMessage()).contains("0x92345678");
    }

    @Test
    void aRestartedWmiServiceIsReconnectedAtTheNextPoll() {
        for (int hr : new int[] {0x80010108, 0x800706BA, 0x80041015, 0x800706BE}) {
            assertThat(WmiErrors.isDisconnected(hr)).isTrue();
            CimException e = map(hr, "root/virtualization/v2");
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).contains("restarted").contains("reconnects at the next poll");
        }
        assertThat(WmiErrors.isDisconnected(0x8004100E)).isFalse();
    }
}

package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.cim.CimType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ComWmiSession} against the real WMI of the Windows machine running the build (the Windows CI workflow's
 * runner, which has no Hyper-V): Win32 classes with strings, booleans, uint16/uint32/uint64, datetimes and arrays,
 * GetObject by path, ExecMethod with a uint32 above 2^31 and with embedded objects in the answer.
 */
@EnabledOnOs(OS.WINDOWS)
@Timeout(120)
class ComWmiSessionOnWindowsTest {

    private static CimSession open() throws CimException {
        return LocalWmi.open(Duration.ofSeconds(60));
    }

    @Test
    void win32OperatingSystemWithEveryCommonType() throws Exception {
        try (CimSession wmi = open()) {
            List<CimInstance> rows = wmi.query("root/cimv2", "SELECT Caption, LastBootUpTime, TotalVisibleMemorySize,"
                    + " FreePhysicalMemory, MUILanguages, OSType, Primary, NumberOfProcesses FROM Win32_OperatingSystem");
            assertThat(rows).hasSize(1);
            CimInstance os = rows.getFirst();
            assertThat(os.className()).isEqualTo("Win32_OperatingSystem");
            assertThat(os.string("Caption")).startsWith("Microsoft Windows");
            assertThat(os.dateTime("LastBootUpTime")).isBefore(OffsetDateTime.now());
            assertThat(os.property("TotalVisibleMemorySize").type()).isEqualTo(CimType.UINT64);
            assertThat(os.integer("TotalVisibleMemorySize")).isPositive();
            assertThat(os.integer("FreePhysicalMemory")).isPositive().isLessThanOrEqualTo(os.integer("TotalVisibleMemorySize"));
            assertThat(os.strings("MUILanguages")).isNotEmpty();
            assertThat(os.integer("OSType")).isEqualTo(18L); // WINNT
            assertThat(os.bool("Primary")).isTrue();
            assertThat(os.integer("NumberOfProcesses")).isPositive();
        }
    }

    @Test
    void win32ServiceByQueryAndByPath() throws Exception {
        try (CimSession wmi = open()) {
            CimInstance byQuery = wmi.query("root\\cimv2",
                    "SELECT Name, State, ProcessId, Started FROM Win32_Service WHERE Name = 'Winmgmt'").getFirst();
            assertThat(byQuery.string("State")).isEqualTo("Running");
            assertThat(byQuery.bool("Started")).isTrue();
            assertThat(byQuery.integer("ProcessId")).isPositive();
            CimInstance byPath = wmi.get(new CimReference("root/cimv2", "Win32_Service", Map.of("Name", "Winmgmt")));
            assertThat(byPath.string("StartMode")).isNotBlank();
            assertThat(byPath.integer("ProcessId")).isEqualTo(byQuery.integer("ProcessId"));
        }
    }

    @Test
    void staticMethodWithAUint32AboveTwoToThe31() throws Exception {
        try (CimSession wmi = open()) {
            CimInstance out = wmi.invoke(new CimReference("root/cimv2", "StdRegProv", Map.of()), "GetStringValue", List.of(
                    CimProperty.scalar("hDefKey", CimType.UINT32, 0x80000002L), // HKEY_LOCAL_MACHINE
                    CimProperty.scalar("sSubKeyName", CimType.STRING, "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                    CimProperty.scalar("sValueName", CimType.STRING, "ProductName")));
            assertThat(out.integer("ReturnValue")).isZero();
            assertThat(out.string("sValue")).contains("Windows");
        }
    }

    @Test
    void methodAnswerWithEmbeddedObjectsAndArraysOfThem() throws Exception {
        String windows = System.getenv().getOrDefault("SystemRoot", "C:\\Windows");
        try (CimSession wmi = open()) {
            CimInstance out = wmi.invoke(new CimReference("root/cimv2", "Win32_LogicalFileSecuritySetting",
                    Map.of("Path", windows)), "GetSecurityDescriptor", List.of());
            assertThat(out.integer("ReturnValue")).isZero();
            CimInstance descriptor = (CimInstance) out.value("Descriptor");
            assertThat(descriptor.className()).isEqualTo("Win32_SecurityDescriptor");
            List<?> dacl = descriptor.list("DACL");
            assertThat(dacl).isNotEmpty().allSatisfy(ace -> {
                assertThat(ace).isInstanceOf(CimInstance.class);
                CimInstance trustee = (CimInstance) ((CimInstance) ace).value("Trustee");
                assertThat(trustee.className()).isEqualTo("Win32_Trustee");
                assertThat(trustee.integers("SID")).as("uint8[] in VT_ARRAY|VT_UI1").isNotEmpty()
                        .allSatisfy(b -> assertThat(b).isBetween(0L, 255L));
            });
        }
    }

    @Test
    void withoutHyperVTheNamespaceErrorSaysSo() throws Exception {
        try (CimSession wmi = open()) {
            try {
                wmi.query("root/virtualization/v2", "SELECT Name FROM Msvm_ComputerSystem");
                Assumptions.abort("this machine has Hyper-V");
            } catch (CimException e) {
                assertThat(e.kind()).isEqualTo(CimException.Kind.NOT_FOUND);
                assertThat(e.getMessage()).startsWith("Hyper-V is not installed on this machine (no root\\virtualization\\v2)");
            }
            // the session stays usable for the namespaces that exist
            assertThat(wmi.query("root/cimv2", "SELECT Name FROM Win32_ComputerSystem")).hasSize(1);
        }
    }

    @Test
    void badQueriesAreRefusedInWords() throws Exception {
        try (CimSession wmi = open()) {
            try {
                wmi.query("root/cimv2", "SELECT Name FROM Win32_NoSuchClass");
                throw new AssertionError("expected a refusal");
            } catch (CimException e) {
                assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
                assertThat(e.getMessage()).contains("0x8004101");
            }
        }
    }

    @Test
    void sessionsOnSeveralThreadsAtOnce() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try (CimSession wmi = open()) {
                    for (int q = 0; q < 20; q++) {
                        wmi.query("root/cimv2", "SELECT Name, State FROM Win32_Service");
                    }
                    ok.incrementAndGet();
                } catch (CimException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(ok.get()).isEqualTo(3);
    }
}

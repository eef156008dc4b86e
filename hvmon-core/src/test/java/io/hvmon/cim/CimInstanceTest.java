package io.hvmon.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CimInstanceTest {

    private static final long UINT64_MAX_BITS = -1L; // 18446744073709551615 as the same 64 bits

    private final CimInstance vm = new CimInstance("Msvm_SummaryInformation", List.of(
            CimProperty.scalar("Name", CimType.STRING, "6E2E1B0B-2F45-4F4E-A3F5-0A1B2C3D4E5F"),
            CimProperty.scalar("ElementName", CimType.STRING, "web01"),
            CimProperty.scalar("EnabledState", CimType.UINT16, 2L),
            CimProperty.scalar("MemoryUsage", CimType.UINT64, UINT64_MAX_BITS),
            CimProperty.scalar("MemoryAvailable", CimType.SINT32, -12L),
            CimProperty.scalar("Shielded", CimType.BOOLEAN, false),
            CimProperty.array("OperationalStatus", CimType.UINT16, Arrays.asList(2L, null, 32768L)),
            CimProperty.array("StatusDescriptions", CimType.STRING, List.of("Operating normally")),
            CimProperty.scalar("UpTimeText", CimType.STRING, "18446744073709551615"),
            CimProperty.nullValue("GuestOperatingSystem", CimType.STRING, false),
            CimProperty.nullValue("ReplicationStateEx", CimType.UINT16, true)));

    @Test
    void namesMatchCaseInsensitively() {
        assertThat(vm.string("elementname")).isEqualTo("web01");
        assertThat(vm.integer("ENABLEDSTATE")).isEqualTo(2L);
        assertThat(vm.has("memoryusage")).isTrue();
        assertThat(vm.property("NAME").name()).isEqualTo("Name");
    }

    @Test
    void propertiesIterateInCaseInsensitiveAlphabeticalOrder() {
        CimInstance i = new CimInstance("X", List.of(
                CimProperty.scalar("b", CimType.UINT8, 1L),
                CimProperty.scalar("A", CimType.UINT8, 1L),
                CimProperty.scalar("C", CimType.UINT8, 1L),
                CimProperty.scalar("a2", CimType.UINT8, 1L)));
        assertThat(i.properties()).extracting(CimProperty::name).containsExactly("A", "a2", "b", "C");
    }

    @Test
    void aNameGivenTwiceInAnyCaseIsRefused() {
        assertThatThrownBy(() -> new CimInstance("X", List.of(
                CimProperty.scalar("Name", CimType.STRING, "a"),
                CimProperty.scalar("NAME", CimType.STRING, "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void absentAndNullAreBothNullButHasTellsThemApart() {
        assertThat(vm.string("GuestOperatingSystem")).isNull();
        assertThat(vm.has("GuestOperatingSystem")).isTrue();
        assertThat(vm.property("GuestOperatingSystem").isNull()).isTrue();
        assertThat(vm.string("Notes")).isNull();
        assertThat(vm.has("Notes")).isFalse();
        assertThat(vm.property("Notes")).isNull();
        assertThat(vm.integers("ReplicationStateEx")).isNull();
        assertThat(vm.integers("ReplicationHealthEx")).isNull();
        assertThat(vm.integer("Heartbeat")).isNull();
    }

    @Test
    void integerReadsSignedAndUint64Bits() {
        assertThat(vm.integer("MemoryAvailable")).isEqualTo(-12L);
        assertThat(vm.integer("MemoryUsage")).isEqualTo(UINT64_MAX_BITS);
        assertThat(Long.toUnsignedString(vm.integer("MemoryUsage"))).isEqualTo("18446744073709551615");
        // Integer text (e.g. from WS-Man) above Long.MAX_VALUE is read as the same unsigned bits.
        assertThat(vm.integer("UpTimeText")).isEqualTo(UINT64_MAX_BITS);
    }

    @Test
    void stringOfAUint64AboveLongMaxIsTheUnsignedNumber() {
        assertThat(vm.string("MemoryUsage")).isEqualTo("18446744073709551615");
        assertThat(vm.string("MemoryAvailable")).isEqualTo("-12");
        CimInstance i = new CimInstance("X", List.of(
                CimProperty.array("Sizes", CimType.UINT64, Arrays.asList(UINT64_MAX_BITS, 1L, null))));
        assertThat(i.strings("Sizes")).containsExactly("18446744073709551615", "1", null);
    }

    @Test
    void integersKeepNullElementsAndOrder() {
        assertThat(vm.integers("OperationalStatus")).containsExactly(2L, null, 32768L);
        assertThatThrownBy(() -> vm.integers("OperationalStatus").add(5L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stringsAndListsReadArraysAndScalars() {
        assertThat(vm.strings("StatusDescriptions")).containsExactly("Operating normally");
        assertThat(vm.list("ElementName")).isEqualTo(List.of("web01"));
        assertThat(vm.integers("EnabledState")).containsExactly(2L);
    }

    @Test
    void typedGettersRefuseTheWrongType() {
        assertThatThrownBy(() -> vm.integer("ElementName"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Msvm_SummaryInformation.ElementName is not an integer");
        assertThatThrownBy(() -> vm.bool("EnabledState")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vm.dateTime("Name")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vm.integers("StatusDescriptions")).isInstanceOf(IllegalStateException.class);
        assertThat(vm.bool("Shielded")).isFalse();
    }

    @Test
    void datetimeGettersTellTimestampsFromIntervals() {
        OffsetDateTime t = OffsetDateTime.parse("2021-08-12T01:06:37.138068Z");
        CimInstance i = new CimInstance("X", List.of(
                CimProperty.scalar("When", CimType.DATETIME, t),
                CimProperty.scalar("Delay", CimType.DATETIME, Duration.ofMinutes(5))));
        assertThat(i.dateTime("When")).isEqualTo(t);
        assertThat(i.interval("Delay")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> i.dateTime("Delay")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> i.interval("When")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void propertyRefusesValuesOfTheWrongJavaType() {
        assertThatThrownBy(() -> CimProperty.scalar("X", CimType.UINT16, "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uint16");
        assertThatThrownBy(() -> CimProperty.scalar("X", CimType.UINT16, 2))
                .as("an Integer is not the Long integers are held as").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CimProperty.scalar("X", CimType.DATETIME, "20210812010637.138068-000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CimProperty.scalar("X", CimType.STRING, List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CimProperty("X", CimType.STRING, true, "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a List");
        assertThatThrownBy(() -> CimProperty.array("X", CimType.UINT16, Arrays.asList(1L, "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertyAcceptsItsOwnTypesAndCopiesArrays() {
        List<Long> source = new java.util.ArrayList<>(Arrays.asList(1L, null));
        CimProperty p = CimProperty.array("X", CimType.UINT32, source);
        source.add(3L);
        assertThat(p.value()).isEqualTo(Arrays.asList(1L, null));
        assertThat(CimProperty.scalar("R", CimType.REFERENCE,
                new CimReference("root\\virtualization\\v2", "Msvm_ComputerSystem", Map.of("Name", "X")))).isNotNull();
        assertThat(CimProperty.scalar("D", CimType.REAL64, 1.5).value()).isEqualTo(1.5);
        assertThat(CimProperty.nullValue("N", CimType.STRING, false).isNull()).isTrue();
    }

    @Test
    void cimTypeClassification() {
        assertThat(CimType.UINT64.isInteger()).isTrue();
        assertThat(CimType.SINT8.isInteger()).isTrue();
        assertThat(CimType.REAL32.isInteger()).isFalse();
        assertThat(CimType.UINT64.isUnsigned()).isTrue();
        assertThat(CimType.SINT64.isUnsigned()).isFalse();
        assertThat(CimType.REFERENCE.mofName()).isEqualTo("ref");
        assertThat(CimType.UINT16.mofName()).isEqualTo("uint16");
    }

    @Test
    void equalityIgnoresClassNameCaseAndPropertyOrder() {
        CimInstance a = new CimInstance("Msvm_X", List.of(
                CimProperty.scalar("A", CimType.UINT8, 1L), CimProperty.scalar("B", CimType.UINT8, 2L)));
        CimInstance b = new CimInstance("MSVM_x", List.of(
                CimProperty.scalar("B", CimType.UINT8, 2L), CimProperty.scalar("A", CimType.UINT8, 1L)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new CimInstance("Msvm_X", List.of(CimProperty.scalar("A", CimType.UINT8, 1L))));
    }
}

package io.hvmon.windows.wmi;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VARIANT x CIMTYPE -> typed value: one row per shape WMI actually hands over through COM. */
class VariantConverterTest {

    private static final String NS = "root/virtualization/v2";
    private final VariantConverter converter = new VariantConverter(NS);

    static Stream<Arguments> whatWmiReturns() {
        return Stream.of(
                // cimType, VARIANT as WMI fills it, expected CIM type, expected Java value
                row(CimTypes.UINT8, Variant.ui1((byte) 0xF0), CimType.UINT8, 240L),
                row(CimTypes.SINT8, Variant.i2((short) -5), CimType.SINT8, -5L),
                row(CimTypes.SINT16, Variant.i2((short) -32768), CimType.SINT16, -32768L),
                row(CimTypes.CHAR16, Variant.i2((short) 'Z'), CimType.CHAR16, "Z"),
                row(CimTypes.UINT16, Variant.i4(65535), CimType.UINT16, 65535L),
                row(CimTypes.UINT32, Variant.i4(7), CimType.UINT32, 7L),
                // a uint32 above 2^31 arrives negative in the signed VT_I4
                row(CimTypes.UINT32, Variant.i4(0x80000002), CimType.UINT32, 2147483650L),
                row(CimTypes.UINT32, Variant.i4(-1), CimType.UINT32, 4294967295L),
                row(CimTypes.SINT32, Variant.i4(-1), CimType.SINT32, -1L),
                // 64-bit integers arrive as decimal text
                row(CimTypes.UINT64, Variant.bstr("18446744073709551615"), CimType.UINT64, -1L),
                row(CimTypes.UINT64, Variant.bstr("17179869184"), CimType.UINT64, 17179869184L),
                row(CimTypes.SINT64, Variant.bstr("-9223372036854775808"), CimType.SINT64, Long.MIN_VALUE),
                // real32 in VT_R4: the value as written, not the float's binary expansion
                row(CimTypes.REAL32, Variant.r4(0.1f), CimType.REAL32, 0.1d),
                row(CimTypes.REAL64, Variant.r8(2.5e-3), CimType.REAL64, 2.5e-3),
                row(CimTypes.BOOLEAN, Variant.bool(true), CimType.BOOLEAN, true),
                row(CimTypes.STRING, Variant.bstr("HV-NODE01"), CimType.STRING, "HV-NODE01"),
                // datetimes as DMTF text: timestamps and intervals
                row(CimTypes.DATETIME, Variant.bstr("20130429114311.203125-420"), CimType.DATETIME,
                        OffsetDateTime.of(2013, 4, 29, 11, 43, 11, 203_125_000, ZoneOffset.ofHours(-7))),
                row(CimTypes.DATETIME, Variant.bstr("00000001183000.000000:000"), CimType.DATETIME,
                        Duration.ofDays(1).plusHours(18).plusMinutes(30)),
                row(CimTypes.DATETIME, Variant.bstr("16010101000000.000000-000"), CimType.DATETIME,
                        OffsetDateTime.of(1601, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                // references as object paths
                row(CimTypes.REFERENCE, Variant.bstr("\\\\HV-NODE01\\root\\virtualization\\v2:Msvm_ComputerSystem"
                                + ".CreationClassName=\"Msvm_ComputerSystem\",Name=\"HV-NODE01\""), CimType.REFERENCE,
                        new CimReference(NS, "Msvm_ComputerSystem",
                                Map.of("CreationClassName", "Msvm_ComputerSystem", "Name", "HV-NODE01"))));
    }

    private static Arguments row(int cimType, Variant variant, CimType type, Object value) {
        return Arguments.of(CimTypes.name(cimType) + " as " + variant, cimType, variant, type, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatWmiReturns")
    void scalars(String label, int cimType, Variant variant, CimType type, Object expected) {
        CimProperty p = converter.toProperty("C", new WmiObject.Property("P", cimType, variant));
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.array()).isFalse();
        if (expected instanceof CimReference ref) {
            CimReference actual = (CimReference) p.value();
            assertThat(actual.className()).isEqualTo(ref.className());
            assertThat(actual.namespace()).isEqualTo(ref.namespace());
            assertThat(actual.keys()).containsAllEntriesOf(ref.keys());
        } else {
            assertThat(p.value()).isEqualTo(expected);
        }
    }

    @Test
    void nullAndEmptyAreNullWithTheDeclaredType() {
        CimProperty scalar = converter.toProperty("C", new WmiObject.Property("P", CimTypes.UINT64, Variant.NULL));
        assertThat(scalar.isNull()).isTrue();
        assertThat(scalar.type()).isEqualTo(CimType.UINT64);
        CimProperty array = converter.toProperty("C",
                new WmiObject.Property("P", CimTypes.UINT16 | CimTypes.FLAG_ARRAY, Variant.EMPTY));
        assertThat(array.isNull()).isTrue();
        assertThat(array.array()).isTrue();
    }

    @Test
    void arraysAreSafeArraysOfTheScalarVarType() {
        CimProperty status = converter.toProperty("C", new WmiObject.Property("OperationalStatus",
                CimTypes.UINT16 | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_I4, List.of(2, 32782))));
        assertThat(status.value()).isEqualTo(List.of(2L, 32782L));
        CimProperty big = converter.toProperty("C", new WmiObject.Property("Sizes",
                CimTypes.UINT64 | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_BSTR, List.of("1", "18446744073709551615"))));
        assertThat(big.value()).isEqualTo(List.of(1L, -1L));
        CimProperty uint32s = converter.toProperty("C", new WmiObject.Property("Codes",
                CimTypes.UINT32 | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_I4, List.of(-2))));
        assertThat(uint32s.value()).isEqualTo(List.of(4294967294L));
        CimProperty strings = converter.toProperty("C", new WmiObject.Property("Names",
                CimTypes.STRING | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_BSTR, List.of())));
        assertThat(strings.value()).isEqualTo(List.of());
        CimProperty times = converter.toProperty("C", new WmiObject.Property("Times",
                CimTypes.DATETIME | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_BSTR, List.of("20261130010203.000000+000"))));
        assertThat(times.value()).isEqualTo(List.of(OffsetDateTime.of(2026, 11, 30, 1, 2, 3, 0, ZoneOffset.UTC)));
        CimProperty bools = converter.toProperty("C", new WmiObject.Property("Flags",
                CimTypes.BOOLEAN | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_BOOL, List.of(true, false))));
        assertThat(bools.value()).isEqualTo(List.of(true, false));
        CimProperty bytes = converter.toProperty("C", new WmiObject.Property("Bytes",
                CimTypes.UINT8 | CimTypes.FLAG_ARRAY, Variant.array(Variant.VT_UI1, List.of((byte) -1, (byte) 1))));
        assertThat(bytes.value()).isEqualTo(List.of(255L, 1L));
    }

    @Test
    void embeddedObjectsAndArraysOfThemBecomeInstances() {
        WmiObject vm = new WmiObject("Msvm_SummaryInformation", List.of(
                new WmiObject.Property("Name", CimTypes.STRING, Variant.bstr("783B8538-A13D-46EA-B428-DCA9CC05792D")),
                new WmiObject.Property("EnabledState", CimTypes.UINT16, Variant.i4(2))));
        WmiObject out = new WmiObject("__PARAMETERS", List.of(
                new WmiObject.Property("ReturnValue", CimTypes.UINT32, Variant.i4(0)),
                new WmiObject.Property("SummaryInformation", CimTypes.OBJECT | CimTypes.FLAG_ARRAY,
                        Variant.array(Variant.VT_UNKNOWN, List.of(vm, vm))),
                new WmiObject.Property("One", CimTypes.OBJECT, Variant.unknown(vm))));
        CimInstance instance = converter.toInstance(out);
        assertThat(instance.className()).isEqualTo("__PARAMETERS");
        assertThat(instance.integer("ReturnValue")).isZero();
        assertThat(instance.property("SummaryInformation").type()).isEqualTo(CimType.INSTANCE);
        List<?> rows = instance.list("SummaryInformation");
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            CimInstance r = (CimInstance) row;
            assertThat(r.className()).isEqualTo("Msvm_SummaryInformation");
            assertThat(r.integer("EnabledState")).isEqualTo(2L);
        });
        assertThat(((CimInstance) instance.value("One")).string("Name")).startsWith("783B8538");
    }

    @Test
    void lenientAboutOtherIntegerCarriers() {
        // "unverified" in the reference: a provider might use VT_UI4 or VT_I8 or a string for an integer
        assertThat(converter.toProperty("C", new WmiObject.Property("P", CimTypes.UINT32,
                new Variant(Variant.VT_UI4, -1))).value()).isEqualTo(4294967295L);
        assertThat(converter.toProperty("C", new WmiObject.Property("P", CimTypes.UINT64,
                new Variant(Variant.VT_I8, 5L))).value()).isEqualTo(5L);
        assertThat(converter.toProperty("C", new WmiObject.Property("P", CimTypes.UINT16,
                Variant.bstr("12"))).value()).isEqualTo(12L);
        assertThat(converter.toProperty("C", new WmiObject.Property("P", CimTypes.BOOLEAN,
                new Variant(Variant.VT_I2, (short) -1))).value()).isEqualTo(true);
    }

    @Test
    void mismatchesNameClassPropertyVarTypeAndCimType() {
        assertThatThrownBy(() -> converter.toProperty("Msvm_X", new WmiObject.Property("Flag", CimTypes.BOOLEAN,
                Variant.bstr("yes"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Msvm_X.Flag").hasMessageContaining("boolean").hasMessageContaining("VT_BSTR");
        assertThatThrownBy(() -> converter.toProperty("Msvm_X", new WmiObject.Property("Codes",
                CimTypes.UINT16 | CimTypes.FLAG_ARRAY, Variant.i4(2))))
                .hasMessageContaining("Msvm_X.Codes").hasMessageContaining("uint16[]").hasMessageContaining("SAFEARRAY");
        assertThatThrownBy(() -> converter.toProperty("Msvm_X", new WmiObject.Property("Odd", 42, Variant.i4(1))))
                .hasMessageContaining("CIMTYPE 42");
    }

    @Test
    void aDatetimeWmiCannotGiveExactlyIsNullNotAFailedQuery() {
        for (String text : List.of("********123456.000000+000", "yesterday")) {
            CimProperty p = converter.toProperty("Msvm_X", new WmiObject.Property("When", CimTypes.DATETIME,
                    Variant.bstr(text)));
            assertThat(p.isNull()).as(text).isTrue();
            assertThat(p.type()).isEqualTo(CimType.DATETIME);
        }
    }

    @Test
    void encoderWritesWhatWmiWrites() {
        record Case(CimProperty property, Variant expected) {
        }
        for (Case c : Arrays.asList(
                new Case(CimProperty.scalar("a", CimType.UINT8, 255L), Variant.ui1((byte) -1)),
                new Case(CimProperty.scalar("b", CimType.SINT8, -3L), Variant.i2((short) -3)),
                new Case(CimProperty.scalar("c", CimType.CHAR16, "A"), Variant.i2((short) 'A')),
                new Case(CimProperty.scalar("d", CimType.UINT16, 40000L), Variant.i4(40000)),
                new Case(CimProperty.scalar("e", CimType.UINT32, 0x80000002L), Variant.i4(0x80000002)),
                new Case(CimProperty.scalar("f", CimType.UINT64, -1L), Variant.bstr("18446744073709551615")),
                new Case(CimProperty.scalar("g", CimType.REAL32, 0.5d), Variant.r4(0.5f)),
                new Case(CimProperty.scalar("h", CimType.DATETIME, Duration.ofMinutes(5)), Variant.bstr("00000000000500.000000:000")),
                new Case(CimProperty.array("i", CimType.UINT32, List.of(0L, 100L)), Variant.array(Variant.VT_I4, List.of(0, 100))),
                new Case(CimProperty.nullValue("j", CimType.REFERENCE, true), Variant.NULL))) {
            assertThat(VariantEncoder.toVariant(c.property())).as(c.property().toString()).isEqualTo(c.expected());
            // and back again
            int cimType = CimTypes.of(c.property().type(), c.property().array());
            assertThat(converter.toProperty("C", new WmiObject.Property(c.property().name(), cimType, c.expected())))
                    .isEqualTo(c.property());
        }
    }
}

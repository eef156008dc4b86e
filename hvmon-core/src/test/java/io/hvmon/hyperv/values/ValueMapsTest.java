package io.hvmon.hyperv.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueMapsTest {

    static Stream<Class<? extends CodedValue>> allMaps() {
        return Stream.of(EnabledState.class, HealthState.class, OperationalStatus.class, Heartbeat.class,
                ApplicationHealth.class, ReplicationState.class, ReplicationHealth.class, ReplicationMode.class,
                ReplicationType.class, IntegrationServicesVersionState.class, EnhancedSessionModeState.class,
                VmReplicationState.class, HeartbeatStatus.class);
    }

    @ParameterizedTest
    @MethodSource("allMaps")
    void codesAndNamesAreUniqueAndDocumented(Class<? extends CodedValue> type) {
        CodedValue[] values = type.getEnumConstants();
        assertThat(Arrays.stream(values).map(CodedValue::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(values).map(CodedValue::friendlyName)).doesNotHaveDuplicates();
        assertThat(values).allSatisfy(v -> {
            assertThat(v.friendlyName()).isNotBlank();
            assertThat(v.meaning()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("allMaps")
    void lookupFindsEveryConstantByItsCode(Class<? extends CodedValue> type) {
        for (CodedValue v : type.getEnumConstants()) {
            assertThat(lookupRaw(type, v.code())).isSameAs(v);
        }
    }

    // Bridges the wildcard type of allMaps() to lookup's Enum & CodedValue bound.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object lookupRaw(Class<? extends CodedValue> type, long code) {
        return ValueMaps.lookup((Class) type, code).orElse(null);
    }

    @Test
    void unknownCodesAreKeptVisible() {
        assertThat(ValueMaps.friendly(ReplicationHealth.class, 4L)).isEqualTo("unknown (4)");
        assertThat(ValueMaps.friendly(HealthState.class, 7L)).isEqualTo("unknown (7)");
        assertThat(ValueMaps.friendly(OperationalStatus.class, 23769L)).isEqualTo("unknown (23769)");
        assertThat(ValueMaps.friendly(Heartbeat.class, -1L)).isEqualTo("unknown (-1)");
        assertThat(ValueMaps.lookup(ReplicationMode.class, 5)).isEmpty();
    }

    @Test
    void codesBeyondIntAreNotTruncatedOntoKnownCodes() {
        long twoPlus2Pow32 = (1L << 32) + 2;
        assertThat(ValueMaps.lookup(EnabledState.class, twoPlus2Pow32)).isEmpty();
        assertThat(ValueMaps.friendly(EnabledState.class, twoPlus2Pow32)).isEqualTo("unknown (4294967298)");
    }

    @Test
    void nullStaysNull() {
        assertThat(ValueMaps.friendly(EnabledState.class, null)).isNull();
        assertThat(ValueMaps.friendly(ReplicationHealth.class, null)).isNull();
    }

    @ParameterizedTest(name = "V1 EnabledState {0} is unknown in v2")
    @ValueSource(longs = {32768, 32769, 32770, 32771, 32774})
    void v1EnabledStatesAreNotMapped(long v1Code) {
        assertThat(ValueMaps.lookup(EnabledState.class, v1Code)).isEmpty();
        assertThat(ValueMaps.friendly(EnabledState.class, v1Code)).isEqualTo("unknown (" + v1Code + ")");
    }
}

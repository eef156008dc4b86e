package io.hvmon.simulator.wql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.simulator.instances.InstanceDraft;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.SchemaCatalog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WqlEvaluatorTest {

    private static final ClassSchema SUMMARY =
            SchemaCatalog.server2019().find("root/virtualization/v2", "Msvm_SummaryInformation").orElseThrow();

    /** Four VMs with known values: names, states, loads, DM sentinel, one NULL guest OS. */
    private static final List<CimInstance> VMS = List.of(
            vm("SQL-PROD-01", 2, 35, 2147483647, "Windows Server 2022 Datacenter", 1, "2024-01-01T00:00:00Z"),
            vm("WEB-FE-02", 2, 5, 20, "Ubuntu 22.04.4 LTS", 0, "2023-06-01T00:00:00Z"),
            vm("DC01", 3, 0, 2147483647, null, 0, "2022-01-01T00:00:00Z"),
            vm("O'Brien \"VM\"", 9, 0, -5, "Windows 10 Enterprise", 2, "2025-01-01T00:00:00Z"));

    private static CimInstance vm(String name, int state, int load, int memoryAvailable, String guest, int mode,
                                  String created) {
        return new InstanceDraft(SUMMARY).set("Name", name.toUpperCase()).set("ElementName", name)
                .set("EnabledState", state).set("ProcessorLoad", load).set("MemoryAvailable", memoryAvailable)
                .set("GuestOperatingSystem", guest).set("ReplicationMode", mode).set("Shielded", mode == 2)
                .set("CreationTime", Instant.parse(created)).set("OperationalStatus", List.of(2)).build();
    }

    private static List<CimInstance> run(String wql) throws CimException {
        return BoundQuery.bind(WqlParser.parse(wql), SUMMARY).apply(VMS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SELECT * FROM Msvm_SummaryInformation | 4",
            "select * from msvm_summaryinformation where enabledstate = 2 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState <> 2 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState != 2 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE ProcessorLoad > 5 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE ProcessorLoad >= 5 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE ProcessorLoad < 5 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE ProcessorLoad <= 5 | 3",
            "SELECT * FROM Msvm_SummaryInformation WHERE 5 < ProcessorLoad | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE MemoryAvailable < 0 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE MemoryAvailable = -5 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE MemoryAvailable = 2147483647 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = '2' | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = 'sql-prod-01' | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = \"DC01\" | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName > 'M' | 3",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = 'O\\'Brien \"VM\"' | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = \"O'Brien \\\"VM\\\"\" | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE GuestOperatingSystem IS NULL | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE GuestOperatingSystem IS NOT NULL | 3",
            "SELECT * FROM Msvm_SummaryInformation WHERE GuestOperatingSystem = NULL | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE GuestOperatingSystem <> 'x' | 3",
            "SELECT * FROM Msvm_SummaryInformation WHERE Notes IS NULL | 4",
            "SELECT * FROM Msvm_SummaryInformation WHERE OperationalStatus IS NOT NULL | 4",
            "SELECT * FROM Msvm_SummaryInformation WHERE Shielded = TRUE | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE Shielded = false | 3",
            "SELECT * FROM Msvm_SummaryInformation WHERE NOT EnabledState = 2 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = 2 AND ProcessorLoad > 10 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = 3 OR EnabledState = 2 AND ProcessorLoad > 10 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE (EnabledState = 3 OR EnabledState = 2) AND ProcessorLoad > 10 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE NOT (EnabledState = 2 OR EnabledState = 3) | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE NOT NOT ReplicationMode = 0 | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE ReplicationMode <> 0 AND NOT ReplicationMode = 2 | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE CreationTime > '2023-12-31T00:00:00Z' | 2",
            "SELECT * FROM Msvm_SummaryInformation WHERE CreationTime < '20230101000000.000000+000' | 1",
            "SELECT * FROM Msvm_SummaryInformation WHERE HealthState = 5 | 0",
            "SELECT * FROM Msvm_SummaryInformation WHERE UpTime >= 0 | 0",
    })
    void acceptedQueriesReturnTheExpectedRows(String wql, int expected) throws CimException {
        assertThat(run(wql)).hasSize(expected);
    }

    @Test
    void aProjectionCarriesOnlyTheSelectedPropertiesSpelledAsTheSchemaDoes() throws CimException {
        List<CimInstance> rows = run("SELECT elementname, ENABLEDSTATE, MemoryAvailable, elementName "
                + "FROM Msvm_SummaryInformation WHERE ProcessorLoad = 35");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).properties()).extracting(CimProperty::name)
                .containsExactly("ElementName", "EnabledState", "MemoryAvailable");
        assertThat(rows.get(0).integer("EnabledState")).isEqualTo(2L);
        assertThat(rows.get(0).property("MemoryAvailable").type()).isEqualTo(io.hvmon.cim.CimType.SINT32);
        assertThat(rows.get(0).has("ProcessorLoad")).isFalse();
    }

    @Test
    void selectStarKeepsEveryProperty() throws CimException {
        assertThat(run("SELECT * FROM Msvm_SummaryInformation").get(0).properties()).hasSize(45);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "'' | the query is empty",
            "SELECT *, Name FROM Msvm_SummaryInformation | expected FROM, found ',' at position 9",
            "SELECT Nope FROM Msvm_SummaryInformation | unknown property 'Nope' of class Msvm_SummaryInformation in the SELECT list at position 8",
            "SELECT * FROM Msvm_SummaryInformation WHERE Bogus = 1 | unknown property 'Bogus' of class Msvm_SummaryInformation in the WHERE clause at position 45",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName LIKE 'SQL%' | the LIKE operator is not supported at position 57",
            "SELECT * FROM Msvm_SummaryInformation WHERE __this ISA 'Msvm_SummaryInformation' | the ISA operator is not supported",
            "ASSOCIATORS OF {Msvm_ComputerSystem.Name='x'} | ASSOCIATORS OF queries are not supported at position 1",
            "REFERENCES OF {Msvm_ComputerSystem.Name='x'} | REFERENCES OF queries are not supported",
            "SELECT * FROM Msvm_SummaryInformation WHERE UPPER(ElementName) = 'X' | functions are not supported ('UPPER(') at position 45",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = | expected a property or a literal, found the end of the query",
            "SELECT * FROM Msvm_SummaryInformation WHERE (EnabledState = 2 | expected ')', found the end of the query",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = 2 extra | expected AND, OR or the end of the query, found 'extra'",
            "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = 'open | unterminated string",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = 'two' | type mismatch: property 'EnabledState' is uint16, so it needs an integer, not 'two' at position 60",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = 1.5 | malformed number '1.' (only decimal integers are supported)",
            "SELECT * FROM Msvm_SummaryInformation WHERE Shielded > TRUE | can only be compared with = or <>",
            "SELECT * FROM Msvm_SummaryInformation WHERE OperationalStatus = 2 | array property 'OperationalStatus' can only be tested with IS [NOT] NULL",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState = ProcessorLoad | comparing two properties",
            "SELECT * FROM Msvm_SummaryInformation WHERE 1 = 1 | a comparison needs a property on one side",
            "SELECT * FROM Msvm_SummaryInformation WHERE EnabledState ~ 2 | unexpected character '~' at position 58",
            "SELECT * FROM Msvm_SummaryInformation WHERE CreationTime > 'yesterday' | 'yesterday' is not a datetime",
            "SELECT * FROM Msvm_SummaryInformation WHERE Name IS 5 | expected NULL after IS, found '5'",
            "SELECT * FROM Msvm_SummaryInformation WHERE ProcessorLoad > NULL | NULL can only be compared with = or <>",
            "SELECT * FROM | expected a class name, found the end of the query",
            "DELETE FROM Msvm_SummaryInformation | expected SELECT, found 'DELETE' at position 1",
    })
    void refusedQueriesSayWhatAndWhere(String wql, String fragment) {
        assertThatThrownBy(() -> run(wql)).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
            assertThat(e.getMessage()).startsWith("cannot process filter: ").contains(fragment);
        });
    }

    @Test
    void hostileInputIsCapped() {
        String deep = "SELECT * FROM Msvm_SummaryInformation WHERE " + "(".repeat(40) + "EnabledState = 2" + ")".repeat(40);
        assertThatThrownBy(() -> run(deep)).hasMessageContaining("nested more than 32 levels");
        String nots = "SELECT * FROM Msvm_SummaryInformation WHERE " + "NOT ".repeat(33) + "EnabledState = 2";
        assertThatThrownBy(() -> run(nots)).hasMessageContaining("nested more than 32 levels");
        String longQuery = "SELECT * FROM Msvm_SummaryInformation WHERE ElementName = '" + "x".repeat(9000) + "'";
        assertThatThrownBy(() -> run(longQuery)).hasMessageContaining("at most 8192");
    }
}

package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.model.GuestInfo;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KvpExchangeReaderTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";

    private static String sample() throws IOException {
        try (InputStream in = KvpExchangeReaderTest.class.getResourceAsStream("/kvp/kvp_guestintrinsic_item_fqdn_msdocs.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One item on one line, as real hosts send them. */
    private static String item(String name, String data) {
        return "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Caption\" PROPAGATED=\"true\" TYPE=\"string\">"
                + "</PROPERTY><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>" + data + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>" + name + "</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>2</VALUE></PROPERTY></INSTANCE>";
    }

    @Test
    void theMicrosoftSampleItemParses() throws IOException {
        CimInstance item = CimXmlText.parse(sample());
        assertThat(item.className()).isEqualTo("Msvm_KvpExchangeDataItem");
        assertThat(item.string("Name")).isEqualTo("FullyQualifiedDomainName");
        assertThat(item.string("Data")).isEqualTo("AUTOBVT-4OVYXAB");
        assertThat(item.integer("Source")).isEqualTo(2L);
        assertThat(item.has("Caption")).isTrue();
        assertThat(item.string("Caption")).as("no VALUE child = NULL").isNull();
    }

    @Test
    void aGuestWithEverything() throws CimException, IOException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_KvpExchangeComponent", List.of(
                Instances.of("Msvm_KvpExchangeComponent").str("SystemName", VM.toLowerCase()).strs("GuestIntrinsicExchangeItems", List.of(
                        sample(),
                        item("OSName", "Windows Server 2022 Datacenter"),
                        item("OSVersion", "10.0.20348"),
                        item("NetworkAddressIPv4", "10.0.0.21;192.168.5.4"),
                        item("NetworkAddressIPv6", "fe80::1c2d:3e4f:5a6b:7c8d%4; 2001:db8::21"),
                        item("IntegrationServicesVersion", "10.0.20348"),
                        item("ProcessorArchitecture", "9"))).build()));

        Map<String, GuestInfo> guests = new KvpExchangeReader().read(session);

        assertThat(session.queries).containsExactly("SELECT SystemName, GuestIntrinsicExchangeItems FROM Msvm_KvpExchangeComponent");
        assertThat(guests).containsOnlyKeys(VM).containsEntry(VM, new GuestInfo("AUTOBVT-4OVYXAB",
                "Windows Server 2022 Datacenter", "10.0.20348", List.of("10.0.0.21", "192.168.5.4"),
                List.of("fe80::1c2d:3e4f:5a6b:7c8d%4", "2001:db8::21"), "10.0.20348"));
    }

    @Test
    void nothingIsInventedForAGuestThatPublishesNothingOrLittle() throws CimException {
        String silent = "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D";
        String linux = "11111111-2222-4333-8444-555555555555";
        FakeCimSession session = new FakeCimSession().answer("Msvm_KvpExchangeComponent", List.of(
                Instances.of("Msvm_KvpExchangeComponent").str("SystemName", silent).strs("GuestIntrinsicExchangeItems", null).build(),
                Instances.of("Msvm_KvpExchangeComponent").str("SystemName", VM).strs("GuestIntrinsicExchangeItems", List.of()).build(),
                Instances.of("Msvm_KvpExchangeComponent").str("SystemName", linux).strs("GuestIntrinsicExchangeItems", List.of(
                        item("FullyQualifiedDomainName", "web01.corp.example"), item("NetworkAddressIPv4", ""))).build()));

        Map<String, GuestInfo> guests = new KvpExchangeReader().read(session);

        assertThat(guests).containsOnlyKeys(linux);
        assertThat(guests.get(linux)).isEqualTo(new GuestInfo("web01.corp.example", null, null, List.of(), null, null));
    }

    @Test
    void hostileItemsAreRefusedAndTheRestKept(@TempDir Path dir) throws CimException, IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE INSTANCE [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>OSName</VALUE>"
                + "</PROPERTY><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>&x;</VALUE></PROPERTY></INSTANCE>";
        String laughs = "<!DOCTYPE INSTANCE [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<INSTANCE><PROPERTY NAME=\"Name\"><VALUE>OSVersion</VALUE></PROPERTY><PROPERTY NAME=\"Data\"><VALUE>&b;</VALUE></PROPERTY></INSTANCE>";
        FakeCimSession session = new FakeCimSession().answer("Msvm_KvpExchangeComponent", List.of(
                Instances.of("Msvm_KvpExchangeComponent").str("SystemName", VM).strs("GuestIntrinsicExchangeItems", List.of(
                        xxe, laughs, "<INSTANCE><PROPERTY NAME=", "x".repeat(CimXmlText.MAX_CHARS + 1),
                        item("FullyQualifiedDomainName", "sql01.corp.example"))).build()));

        GuestInfo guest = new KvpExchangeReader().read(session).get(VM);

        assertThat(guest).isEqualTo(new GuestInfo("sql01.corp.example", null, null, null, null, null));
        assertThatThrownBy(() -> CimXmlText.parse(xxe)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        assertThatThrownBy(() -> CimXmlText.parse(laughs)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void sizeAndCountCaps() {
        assertThatThrownBy(() -> CimXmlText.parse("<INSTANCE>" + "<PROPERTY NAME=\"p\"><VALUE>1</VALUE></PROPERTY>".repeat(2) + "</INSTANCE>"))
                .as("a property twice").isInstanceOf(IllegalArgumentException.class);
        StringBuilder many = new StringBuilder("<INSTANCE>");
        for (int i = 0; i <= CimXmlText.MAX_PROPERTIES; i++) {
            many.append("<PROPERTY NAME=\"p").append(i).append("\"/>");
        }
        assertThatThrownBy(() -> CimXmlText.parse(many + "</INSTANCE>")).hasMessageContaining("more than");
        assertThatThrownBy(() -> CimXmlText.parse("<VALUE>1</VALUE>")).hasMessageContaining("expected <INSTANCE>");
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < KvpExchangeReader.MAX_ITEMS + 10; i++) {
            flood.add(item("Key" + i, "v"));
        }
        flood.add(item("OSName", "beyond the cap"));
        assertThat(KvpExchangeReader.items(VM, flood)).hasSize(KvpExchangeReader.MAX_ITEMS).doesNotContainKey("OSName");
    }

    @Test
    void arraysAndEmbeddedSummaryInstances() {
        CimInstance i = CimXmlText.parse("<INSTANCE CLASSNAME=\"Msvm_SummaryInformation\">"
                + "<PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>" + VM + "</VALUE></PROPERTY>"
                + "<PROPERTY.ARRAY NAME=\"OperationalStatus\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>2</VALUE><VALUE>32768</VALUE>"
                + "</VALUE.ARRAY></PROPERTY.ARRAY><PROPERTY.ARRAY NAME=\"StatusDescriptions\" TYPE=\"string\"></PROPERTY.ARRAY>"
                + "</INSTANCE>");
        assertThat(i.integers("OperationalStatus")).containsExactly(2L, 32768L);
        assertThat(i.strings("StatusDescriptions")).isNull();
        assertThat(i.string("Name")).isEqualTo(VM);
    }
}

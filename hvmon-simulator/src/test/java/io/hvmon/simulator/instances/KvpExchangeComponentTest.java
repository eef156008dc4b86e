package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.V2;
import static io.hvmon.simulator.instances.SimulatedHosts.all;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static io.hvmon.simulator.instances.SimulatedHosts.query;
import static io.hvmon.simulator.instances.SimulatedHosts.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.fleet.SimulatedHost;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KvpExchangeComponentTest {

    private static final Set<String> LINUX_KEYS = Set.of("FullyQualifiedDomainName", "IntegrationServicesVersion",
            "NetworkAddressIPv4", "NetworkAddressIPv6", "OSBuildNumber", "OSName", "OSMajorVersion", "OSMinorVersion",
            "OSVersion", "ProcessorArchitecture");

    private final SimulatedHost host = host(24);
    private final Map<String, CimInstance> summaries = summaries(host);

    @Test
    void oneComponentPerVmJoinedBySystemName() {
        List<CimInstance> kvp = all(host, "Msvm_KvpExchangeComponent");
        assertThat(kvp).hasSize(24).allSatisfy(k -> {
            assertThat(summaries).containsKey(k.string("SystemName"));
            assertThat(k.string("DeviceID")).startsWith("Microsoft:" + k.string("SystemName") + "\\");
            assertThat(k.value("GuestExchangeItems")).isNull();
        });
        String guid = kvp.get(3).string("SystemName");
        assertThat(query(host, V2, "SELECT * FROM Msvm_KvpExchangeComponent WHERE SystemName = '" + guid + "'")).hasSize(1);
    }

    @Test
    void guestsPublishIntrinsicItemsOnlyWhileRunningWithIntegrationServices() throws Exception {
        List<CimInstance> kvp = all(host, "Msvm_KvpExchangeComponent");
        int windows = 0;
        int linux = 0;
        for (CimInstance k : kvp) {
            CimInstance summary = summaries.get(k.string("SystemName"));
            String guestOs = summary.string("GuestOperatingSystem");
            if (guestOs == null) {
                assertThat(k.value("GuestIntrinsicExchangeItems")).isNull();
                assertThat(k.integers("OperationalStatus")).containsExactly(12L);
                continue;
            }
            assertThat(k.integers("OperationalStatus")).containsExactly(2L);
            Map<String, String> items = new LinkedHashMap<>();
            for (String xml : k.strings("GuestIntrinsicExchangeItems")) {
                Map.Entry<String, String> item = parse(xml);
                items.put(item.getKey(), item.getValue());
            }
            assertThat(items.get("FullyQualifiedDomainName")).endsWith(".corp.example.test");
            assertThat(items.get("NetworkAddressIPv4").split(";")).allMatch(ip -> ip.matches("(10|192\\.168)\\.\\d+\\.\\d+\\.?\\d*"));
            assertThat(items.get("NetworkAddressIPv6")).isNotBlank();
            if (guestOs.startsWith("Windows")) {
                windows++;
                assertThat(items).containsKeys("CSDVersion", "ProductType", "OSEditionId", "RDPAddressIPv4")
                        .containsEntry("OSName", guestOs).containsEntry("ProcessorArchitecture", "9");
                assertThat(items.get("OSVersion")).isEqualTo("10.0." + items.get("OSBuildNumber"));
            } else {
                linux++;
                assertThat(items.keySet()).isEqualTo(LINUX_KEYS);
            }
        }
        assertThat(windows).isPositive();
        assertThat(linux).isPositive();
        assertThat(kvp).anyMatch(k -> k.value("GuestIntrinsicExchangeItems") == null);
    }

    @Test
    void itemsHaveTheShapeOfMicrosoftsSample() throws Exception {
        CimInstance k = all(host, "Msvm_KvpExchangeComponent").stream()
                .filter(c -> c.value("GuestIntrinsicExchangeItems") != null).findFirst().orElseThrow();
        String xml = k.strings("GuestIntrinsicExchangeItems").get(0);
        Element instance = document(xml);
        assertThat(instance.getTagName()).isEqualTo("INSTANCE");
        assertThat(instance.getAttribute("CLASSNAME")).isEqualTo("Msvm_KvpExchangeDataItem");
        NodeList properties = instance.getElementsByTagName("PROPERTY");
        assertThat(properties.getLength()).isEqualTo(6);
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            String name = p.getAttribute("NAME");
            boolean nullValue = List.of("Caption", "Description", "ElementName").contains(name);
            assertThat(p.getAttribute("PROPAGATED")).isEqualTo(nullValue ? "true" : "");
            assertThat(p.getElementsByTagName("VALUE").getLength()).isEqualTo(nullValue ? 0 : 1);
            assertThat(p.getAttribute("TYPE")).isEqualTo(name.equals("Source") ? "uint16" : "string");
        }
        assertThat(parse(xml).getKey()).isEqualTo("FullyQualifiedDomainName");
        assertThat(xml).contains("<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>2</VALUE></PROPERTY>");
    }

    /** Name and Data, read the way the Microsoft doc says to (XPath-like walk over PROPERTY/VALUE). */
    static Map.Entry<String, String> parse(String xml) throws Exception {
        Element instance = document(xml);
        String name = null;
        String data = null;
        NodeList properties = instance.getElementsByTagName("PROPERTY");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            NodeList value = p.getElementsByTagName("VALUE");
            String text = value.getLength() == 0 ? null : value.item(0).getTextContent();
            if (p.getAttribute("NAME").equals("Name")) {
                name = text;
            } else if (p.getAttribute("NAME").equals("Data")) {
                data = text;
            }
        }
        return Map.entry(name, data);
    }

    private static Element document(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}

package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.WindowsVersion;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code Msvm_VirtualSystemManagementService.GetSummaryInformation(SettingData[], RequestedInformation[])}
 * (hyperv-wmi.md §5.1): one embedded Msvm_SummaryInformation per setting-data reference (every VM when SettingData is
 * NULL), carrying Name and the requested properties only. A checkpoint answers codes below 100; an unknown reference
 * gets an empty Name. On Server 2012 R2 codes the release does not know (above 116, and Version/Shielded, which came
 * with Windows 10) are ignored.
 */
public final class SummaryInformationMethod {

    public static final String NAME = "GetSummaryInformation";
    static final long OK = 0;
    static final long INVALID_PARAMETER = 32773;
    private static final Pattern GUID_IN_ID = Pattern.compile("Microsoft:([0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})");

    private SummaryInformationMethod() {
    }

    /** The __PARAMETERS output: ReturnValue and SummaryInformation. */
    public static CimInstance invoke(HostState host, SchemaCatalog catalog, List<CimProperty> in) {
        CimInstance input = new CimInstance("__PARAMETERS", in);
        List<Long> codes;
        try {
            codes = input.integers("RequestedInformation");
        } catch (IllegalStateException notIntegers) {
            codes = null;
        }
        if (codes == null) {
            return output(INVALID_PARAMETER, null);
        }
        ClassSchema summarySchema = catalog.find("root/virtualization/v2", "Msvm_SummaryInformation").orElseThrow();
        ClassSchema settingsSchema = catalog.find("root/virtualization/v2", "Msvm_VirtualSystemSettingData").orElseThrow();
        Map<String, CimInstance> summaries = SummaryInformationBuilder.summaries(host, summarySchema).stream()
                .collect(Collectors.toMap(s -> s.string("Name"), Function.identity()));
        Map<String, SystemSettings> systems = SystemSettings.all(host).stream()
                .collect(Collectors.toMap(SystemSettings::id, Function.identity()));
        List<?> targets = input.list("SettingData");
        List<String> ids = targets == null ? host.vms().stream().map(v -> v.profile().id()).toList()
                : targets.stream().map(SummaryInformationMethod::guidOf).toList();
        List<CimInstance> result = new ArrayList<>(ids.size());
        WindowsVersion windows = host.profile().windowsVersion();
        for (String id : ids) {
            SystemSettings system = id == null ? null : systems.get(id.toUpperCase(java.util.Locale.ROOT));
            if (system == null) {
                result.add(new InstanceDraft(summarySchema).set("Name", "").build());
                continue;
            }
            CimInstance full = system.snapshot() ? checkpointSummary(host, system, summarySchema, settingsSchema)
                    : withSnapshots(host, system, summaries.get(system.id()), summarySchema, settingsSchema);
            InstanceDraft answer = new InstanceDraft(summarySchema).set("Name", full.value("Name"));
            for (Long code : codes) {
                if (code == null || !known(windows, code.intValue())
                        || system.snapshot() && code >= SummaryCodes.FIRST_VM_ONLY) {
                    continue;
                }
                SummaryCodes.properties(code.intValue()).forEach(p -> answer.set(p, full.value(p)));
            }
            result.add(answer.build());
        }
        return output(OK, result);
    }

    private static boolean known(WindowsVersion windows, int code) {
        boolean windows10Only = code == 10 || code == 11;
        return code <= windows.highestSummaryCode() && !(windows10Only && !windows.summaryEnumerable());
    }

    /** The VM GUID of a reference to its (or a checkpoint's) settings: {@code InstanceID="Microsoft:<GUID>"}. */
    private static String guidOf(Object target) {
        String text = switch (target) {
            case CimReference r -> r.key("InstanceID");
            case CimInstance i -> i.string("InstanceID");
            case null -> null;
            default -> target.toString(); // a WMI object path, as COM callers pass it
        };
        if (text == null) {
            return null;
        }
        Matcher m = GUID_IN_ID.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The VM's summary with Snapshots filled in: its checkpoints' settings, embedded. */
    private static CimInstance withSnapshots(HostState host, SystemSettings vm, CimInstance summary,
                                             ClassSchema summarySchema, ClassSchema settingsSchema) {
        List<CimInstance> snapshots = vm.vm().profile().checkpoints().stream()
                .map(c -> VirtualSystemSettingDataBuilder.settings(host, new SystemSettings(vm.vm(), c), settingsSchema))
                .toList();
        List<CimProperty> properties = new ArrayList<>(summary.properties());
        properties.removeIf(p -> p.name().equals("Snapshots"));
        properties.add(new CimProperty("Snapshots", CimType.INSTANCE, true, snapshots));
        return new CimInstance(summary.className(), properties);
    }

    /** What a checkpoint can answer: the codes below 100. */
    private static CimInstance checkpointSummary(HostState host, SystemSettings s, ClassSchema summarySchema,
                                                 ClassSchema settingsSchema) {
        CimInstance settings = VirtualSystemSettingDataBuilder.settings(host, s, settingsSchema);
        var vm = s.vm().profile();
        return new InstanceDraft(summarySchema)
                .set("Name", s.id())
                .set("ElementName", settings.string("ElementName"))
                .set("CreationTime", settings.value("CreationTime"))
                .set("Notes", vm.notes())
                .set("NumberOfProcessors", vm.processors())
                .set("VirtualSwitchNames", vm.switchNames())
                .set("Version", vm.configVersion())
                .set("Shielded", false)
                .set("AllocatedGPU", "")
                .build();
    }

    private static CimInstance output(long returnValue, List<CimInstance> summaries) {
        return new CimInstance("__PARAMETERS", List.of(
                CimProperty.scalar("ReturnValue", CimType.UINT32, returnValue),
                new CimProperty("SummaryInformation", CimType.INSTANCE, true, summaries)));
    }
}

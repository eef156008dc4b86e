package io.hvmon.simulator.fleet;

import java.util.List;

/** The realistic names, guest systems and versions VMs are drawn from. */
final class GuestCatalog {

    /** Name stems, each with the guest family it usually runs (W = Windows Server, L = Linux, D = desktop). */
    record Role(String stem, char family, boolean numbered) {
    }

    static final List<Role> ROLES = List.of(
            new Role("SQL-PROD", 'W', true), new Role("SQL-TEST", 'W', true), new Role("WEB-FE", 'L', true),
            new Role("WEB-BE", 'W', true), new Role("DC", 'W', true), new Role("FS-ARCHIVE", 'W', false),
            new Role("RDS-GW", 'W', false), new Role("RDS-SH", 'W', true), new Role("EXCH", 'W', true),
            new Role("APP-ERP", 'W', true), new Role("K8S-WORKER", 'L', true), new Role("K8S-CTRL", 'L', true),
            new Role("MON-GRAFANA", 'L', false), new Role("BACKUP-VEEAM", 'W', false), new Role("PRINT", 'W', true),
            new Role("VDI-DEV", 'D', true), new Role("BUILD-AGENT", 'L', true), new Role("PROXY", 'L', true),
            new Role("WSUS", 'W', false), new Role("CA-ROOT", 'W', false), new Role("LOG-ELK", 'L', true),
            new Role("DB-PG", 'L', true), new Role("SFTP", 'L', false), new Role("JUMPHOST", 'W', true));

    static final List<String> WINDOWS_SERVER = List.of(
            "Windows Server 2022 Datacenter", "Windows Server 2022 Standard", "Windows Server 2019 Standard",
            "Windows Server 2019 Datacenter", "Windows Server 2016 Standard", "Windows Server 2025 Datacenter");
    static final List<String> LINUX = List.of(
            "Ubuntu 22.04.4 LTS", "Ubuntu 24.04 LTS", "Red Hat Enterprise Linux 9.3", "Debian GNU/Linux 12 (bookworm)",
            "Rocky Linux 9.4 (Blue Onyx)", "SUSE Linux Enterprise Server 15 SP5");
    static final List<String> DESKTOP = List.of("Windows 10 Enterprise", "Windows 11 Enterprise");

    static final List<String> CONFIG_VERSIONS = List.of("9.0", "9.0", "10.0", "8.0");
    static final List<Integer> STATIC_MEMORY_MB = List.of(1024, 2048, 4096, 8192, 12288, 16384, 32768);
    static final List<Integer> PROCESSORS = List.of(1, 2, 2, 2, 4, 4, 4, 6, 8, 8, 12, 16);
    static final List<String> SWITCHES = List.of("vSwitch-Prod", "vSwitch-Mgmt", "vSwitch-Backup");

    private GuestCatalog() {
    }

    static String guestOs(SeededRandom random, char family) {
        return switch (family) {
            case 'L' -> random.pick(LINUX);
            case 'D' -> random.pick(DESKTOP);
            default -> random.pick(WINDOWS_SERVER);
        };
    }
}

package io.hvmon.simulator.fleet;

import java.util.List;
import java.util.Objects;

/**
 * Which real-world variant of a Hyper-V host to play. Immutable.
 *
 * @param locale         {@code en-US} or {@code zh-CN}: the language of Caption, Description and StatusDescriptions
 * @param windowsVersion the Windows Server release
 */
public record SimulationProfile(String locale, WindowsVersion windowsVersion) {

    public static final List<String> LOCALES = List.of("en-US", "zh-CN");
    /** What the simulator played before variants existed: an English Server 2019 host. */
    public static final SimulationProfile DEFAULT = new SimulationProfile("en-US", WindowsVersion.SERVER_2019);

    public SimulationProfile {
        Objects.requireNonNull(windowsVersion, "windowsVersion");
        String given = Objects.requireNonNull(locale, "locale");
        locale = LOCALES.stream().filter(l -> l.equalsIgnoreCase(given.replace('_', '-'))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported locale '" + given + "'; expected one of " + LOCALES));
    }

    /** From command-line words, e.g. {@code of("zh-CN", "2012r2")}. */
    public static SimulationProfile of(String locale, String windowsVersion) {
        return new SimulationProfile(locale, WindowsVersion.parse(windowsVersion));
    }

    public SimulationProfile withLocale(String newLocale) {
        return new SimulationProfile(newLocale, windowsVersion);
    }

    public SimulationProfile withWindowsVersion(WindowsVersion version) {
        return new SimulationProfile(locale, version);
    }

    public boolean chinese() {
        return locale.equals("zh-CN");
    }
}

package io.hvmon.windows.service.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line the service control manager starts: {@code hvmon service run}, through the jpackage launcher
 * when there is one, else through java.exe with the hvmon jar (or, in tests, a class path).
 */
public final class BinPath {

    /** JNA calls native code: JDK 24+ warns about it without this (JEP 472), and later JDKs will refuse it. */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    public static final String MAIN_CLASS = "io.hvmon.app.cli.Main";
    public static final String DEFAULT_NAME = "hvmon";

    private BinPath() {
    }

    /** The arguments after the program: {@code service run [--config FILE] [--name N]}. */
    public static List<String> serviceRunArguments(String serviceName, Optional<String> configFile) {
        List<String> arguments = new ArrayList<>(List.of("service", "run"));
        configFile.ifPresent(file -> arguments.addAll(List.of("--config", file)));
        if (!serviceName.equals(DEFAULT_NAME)) {
            arguments.addAll(List.of("--name", serviceName));
        }
        return arguments;
    }

    /** {@code "<exe>" service run ...}: the jpackage launcher (its JVM options are in its own .cfg file). */
    public static String forLauncher(String exe, List<String> serviceArguments) {
        return WindowsCommandLine.of(exe, serviceArguments);
    }

    /** {@code "<java.home>\bin\java.exe" --enable-native-access=ALL-UNNAMED -jar "<jar>" service run ...}. */
    public static String forJar(String javaHome, String jar, List<String> serviceArguments) {
        List<String> arguments = new ArrayList<>(List.of(NATIVE_ACCESS, "-jar", jar));
        arguments.addAll(serviceArguments);
        return WindowsCommandLine.of(javaExe(javaHome), arguments);
    }

    /** {@code "<java.home>\bin\java.exe" --enable-native-access=ALL-UNNAMED -cp "<class path>" io.hvmon.app.cli.Main service run ...}. */
    public static String forClassPath(String javaHome, String classPath, List<String> serviceArguments) {
        List<String> arguments = new ArrayList<>(List.of(NATIVE_ACCESS, "-cp", classPath, MAIN_CLASS));
        arguments.addAll(serviceArguments);
        return WindowsCommandLine.of(javaExe(javaHome), arguments);
    }

    /**
     * The command line that starts this same hvmon as a service.
     *
     * @param systemProperties this process's: {@code jpackage.app-path} (set by jpackage launchers), {@code java.home}
     * @param codeSource       where hvmon's classes were loaded from: the hvmon jar, or a class path entry
     */
    public static String forThisProgram(Map<String, String> systemProperties, String codeSource,
                                        List<String> serviceArguments) {
        String launcher = systemProperties.get("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return forLauncher(launcher, serviceArguments);
        }
        String javaHome = systemProperties.get("java.home");
        if (codeSource.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
            return forJar(javaHome, codeSource, serviceArguments);
        }
        return forClassPath(javaHome, systemProperties.getOrDefault("java.class.path", codeSource), serviceArguments);
    }

    static String javaExe(String javaHome) {
        String home = javaHome.endsWith("\\") ? javaHome.substring(0, javaHome.length() - 1) : javaHome;
        return home + "\\bin\\java.exe";
    }
}

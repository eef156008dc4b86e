package io.hvmon.windows.service.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line the service control manager starts: {@code hvmon service run}, through the jpackage launcher
 * when there is one, else through java.exe with hvmon's JVM options and the hvmon jar (or, in tests, a class path).
 */
public final class BinPath {

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

    /** {@code "<java.home>\bin\java.exe" <JVM options> -jar "<jar>" service run ...}. */
    public static String forJar(String javaHome, List<String> jvmOptions, String jar, List<String> serviceArguments) {
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.addAll(List.of("-jar", jar));
        arguments.addAll(serviceArguments);
        return WindowsCommandLine.of(javaExe(javaHome), arguments);
    }

    /** {@code "<java.home>\bin\java.exe" <JVM options> -cp "<class path>" io.hvmon.app.cli.Main service run ...}. */
    public static String forClassPath(String javaHome, List<String> jvmOptions, String classPath,
                                      List<String> serviceArguments) {
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.addAll(List.of("-cp", classPath, MAIN_CLASS));
        arguments.addAll(serviceArguments);
        return WindowsCommandLine.of(javaExe(javaHome), arguments);
    }

    /**
     * The command line that starts this same hvmon as a service.
     *
     * @param systemProperties this process's: {@code jpackage.app-path} (set by jpackage launchers), {@code java.home}
     * @param codeSource       where hvmon's classes were loaded from: the hvmon jar, or a class path entry
     * @param jvmOptions       for java.exe ({@link JvmOptions}); a jpackage launcher has its own
     */
    public static String forThisProgram(Map<String, String> systemProperties, String codeSource,
                                        List<String> jvmOptions, List<String> serviceArguments) {
        String launcher = systemProperties.get("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return forLauncher(launcher, serviceArguments);
        }
        String javaHome = systemProperties.get("java.home");
        if (codeSource.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
            return forJar(javaHome, jvmOptions, codeSource, serviceArguments);
        }
        return forClassPath(javaHome, jvmOptions, systemProperties.getOrDefault("java.class.path", codeSource),
                serviceArguments);
    }

    static String javaExe(String javaHome) {
        String home = javaHome.endsWith("\\") ? javaHome.substring(0, javaHome.length() - 1) : javaHome;
        return home + "\\bin\\java.exe";
    }
}

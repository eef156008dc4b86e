package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import io.hvmon.windows.host.AgentFiles;
import io.hvmon.windows.host.AgentPaths;
import io.hvmon.windows.service.manage.BinPath;
import io.hvmon.windows.service.manage.FailureActions;
import io.hvmon.windows.service.manage.ServiceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code hvmon service install}: creates the Windows service that runs this hvmon. */
@Command(name = "install", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Install hvmon as a Windows service (elevated prompt): started automatically (delayed) at boot,"
                + " restarted 60 s after any failure (an error exit included),"
                + " stopped cleanly at shutdown.",
                "Without --config it reads %%ProgramData%%\\hvmon\\config.json, created now with the defaults (port"
                        + " 20501, this machine's WMI) and readable by Administrators and SYSTEM only."})
final class ServiceInstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Option(names = "--display-name", paramLabel = "TEXT", defaultValue = ServiceDefinition.DEFAULT_DISPLAY_NAME,
            description = "name shown in the Services console (default: ${DEFAULT-VALUE})")
    String displayName;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "config.json the service reads (default: config.json in %%ProgramData%%\\hvmon); the"
                    + " service's account must be able to read it")
    Path config;

    @Option(names = "--account", paramLabel = "ACCOUNT",
            description = "account the service runs as (default: LocalSystem), e.g. 'NT AUTHORITY\\NetworkService' or"
                    + " 'DOMAIN\\user'; reading Hyper-V's WMI needs an administrator or a member of Hyper-V Administrators")
    String account;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "environment variable holding the password of --account (user accounts only)")
    String passwordEnv;

    @Override
    public Integer call() {
        String name = service.forWindows("install", "manages a Windows service");
        ServiceAccountOptions who = ServiceAccountOptions.of(account, passwordEnv, System::getenv);
        AgentPaths paths = AgentPaths.ofThisMachine();
        Optional<Path> givenConfig = Optional.ofNullable(config).map(file -> file.toAbsolutePath().normalize());
        givenConfig.ifPresent(ConfigOption::load); // refuse a bad config before installing anything
        Path configFile = givenConfig.orElse(paths.configFile());

        String binPath = BinPath.forThisProgram(thisProcess(), codeSource(), jvmOptions(),
                BinPath.serviceRunArguments(name, givenConfig.map(Path::toString)));
        ServiceDefinition definition = new ServiceDefinition(name, displayName, ServiceDefinition.DESCRIPTION, binPath,
                who.account(), who.password(), FailureActions.DEFAULT, ServiceDefinition.PRESHUTDOWN_TIMEOUT);
        WindowsOnly.manage("cannot install service '" + name + "'", manager -> {
            manager.install(definition);
            return definition;
        });
        boolean created;
        try {
            created = AgentFiles.prepare(paths, who.account(), givenConfig.isEmpty());
        } catch (IOException e) {
            throw new UserError(1, "service '" + name + "' was installed, but " + paths.root() + " could not be"
                    + " prepared: " + e.getMessage() + "; the service creates its config.json when it starts");
        }
        if (givenConfig.isEmpty()) {
            ConfigOption.load(configFile);
        }
        var out = spec.commandLine().getOut();
        out.printf("installed service '%s' (%s), running as %s, started automatically (delayed) at boot%n", name,
                displayName, who.shown());
        out.printf("  command line  %s%n", binPath);
        out.printf("  config        %s%s%n", configFile, created ? " (created with the defaults)" : "");
        out.printf("  logs          %s and the Application event log (source %s)%n",
                paths.logDirectory().resolve("hvmon.log"), name);
        out.printf("Start it with: hvmon service start%s%n", name.equals(BinPath.DEFAULT_NAME) ? "" : " --name " + name);
        return 0;
    }

    /** hvmon's JVM options, HVMON_HEAP and HVMON_JAVA_OPTS as set now, when installing. */
    private static java.util.List<String> jvmOptions() {
        try {
            return io.hvmon.windows.service.manage.JvmOptions.of(System::getenv);
        } catch (IllegalArgumentException e) {
            throw new UserError(2, e.getMessage());
        }
    }

    /** What {@link BinPath#forThisProgram} asks of this process, class path entries made absolute. */
    private static Map<String, String> thisProcess() {
        Map<String, String> properties = new HashMap<>();
        for (String key : new String[] {"jpackage.app-path", "java.home"}) {
            String value = System.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        String classPath = System.getProperty("java.class.path", "");
        properties.put("java.class.path", Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        return properties;
    }

    /** The hvmon jar, or the folder of hvmon's classes. */
    private static String codeSource() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize().toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new UserError(1, "cannot tell where hvmon's program files are (" + e.getMessage() + ")");
        }
    }
}

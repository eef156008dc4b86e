package io.hvmon.app.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * hvmon's subcommands, in the order {@code hvmon --help} lists them. picocli builds a command's model by reflection
 * over its annotations, which costs about 0.3 s for the whole tree on a cold JVM: a run builds only the subcommand it
 * names, and the whole tree only when it needs it (help, no command, an unknown name).
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("demo", DemoCommand::new);
        ALL.put("serve", ServeCommand::new);
        ALL.put("collect", CollectCommand::new);
        ALL.put("query", QueryCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("simulate", SimulateCommand::new);
        ALL.put("config", ConfigCommand::new);
        ALL.put("key", KeyCommand::new);
        ALL.put("cert", CertCommand::new);
        ALL.put("service", ServiceCommand::new);
        ALL.put("help", CommandLine.HelpCommand::new);
    }

    /** The global options that take a value, so that a value is not mistaken for a command name. */
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--log-level", "--log-format");

    /** The subcommands that serve the API: {@code service} for {@code service run}, the Windows service itself. */
    private static final Set<String> SERVING = Set.of("serve", "demo", "service");

    private static final Set<String> VERSION_FLAGS = Set.of("--version", "-V");

    private Subcommands() {
    }

    /** Every subcommand name, in help order. */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * The subcommands a run with these arguments needs: the one named first (after any global options); none for a
     * lone {@code --version}; all of them otherwise (help, no command, an unknown name, so picocli can say so).
     */
    static List<String> neededFor(String... args) {
        int i = 0;
        while (i < args.length) {
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(args[i])) {
                i += 2;
            } else if (isGlobalOptionWithItsValue(args[i])) {
                i++;
            } else {
                break;
            }
        }
        if (i < args.length) {
            String first = args[i];
            if (VERSION_FLAGS.contains(first) && i == args.length - 1) {
                return List.of();
            }
            if (ALL.containsKey(first) && !first.equals("help")) {
                return List.of(first);
            }
        }
        return names();
    }

    /** Whether a run of these subcommands serves the API (and gains from {@code Preinitializer}): one that may. */
    static boolean serves(List<String> subcommands) {
        return subcommands.size() == 1 && SERVING.contains(subcommands.getFirst());
    }

    private static boolean isGlobalOptionWithItsValue(String arg) {
        int equals = arg.indexOf('=');
        return equals > 0 && GLOBAL_OPTIONS_WITH_VALUE.contains(arg.substring(0, equals));
    }

    /** Builds these subcommands and adds them to the root command line, in help order. */
    static void addTo(CommandLine root, List<String> names) {
        for (String name : ALL.keySet()) {
            if (names.contains(name)) {
                root.addSubcommand(name, ALL.get(name).get());
            }
        }
    }
}

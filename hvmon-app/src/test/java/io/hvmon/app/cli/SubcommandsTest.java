package io.hvmon.app.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A run builds only the subcommand it names, and still prints exactly what the whole tree would. */
class SubcommandsTest extends InProcessCli {

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(Subcommands.neededFor("demo", "--port", "0")).containsExactly("demo");
        assertThat(Subcommands.neededFor("--log-level", "debug", "--log-format=json", "serve")).containsExactly("serve");
        assertThat(Subcommands.neededFor("--log-format", "json", "config", "check", "x.json")).containsExactly("config");
        assertThat(Subcommands.neededFor("--version")).isEmpty();
        assertThat(Subcommands.neededFor("-V")).isEmpty();
    }

    @Test
    void onlyTheCommandsThatServeStartThePreinitializer() {
        for (String serving : List.of("serve", "demo", "service")) {
            assertThat(Subcommands.serves(Subcommands.neededFor(serving))).as(serving).isTrue();
        }
        for (String[] args : List.of(new String[] {"query", "--host", "x"}, new String[] {"config", "check"},
                new String[] {"--help"}, new String[] {"--version"}, new String[0])) {
            assertThat(Subcommands.serves(Subcommands.neededFor(args))).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void helpNoCommandAndUnknownNamesGetTheWholeTree() {
        List<String> all = Subcommands.names();
        assertThat(all).startsWith("demo", "serve", "collect").endsWith("service", "help");
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-h"},
                new String[] {"help", "demo"}, new String[] {"nope"}, new String[] {"--log-level", "debug"},
                new String[] {"--version", "demo"}, new String[] {"--log-level"})) {
            assertThat(Subcommands.neededFor(args)).as(String.join(" ", args)).isEqualTo(all);
        }
    }

    @Test
    void everyHelpIsWhatTheWholeTreePrints() {
        CommandLine whole = Main.commandLine();
        whole.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).isEqualTo(whole.getUsageMessage());
        List<List<String>> paths = commandPaths(whole, List.of());
        assertThat(paths).hasSizeGreaterThan(15).contains(List.of("service", "install"), List.of("config", "check"));
        for (List<String> path : paths) {
            out.getBuffer().setLength(0);
            String[] args = Stream.concat(path.stream(), Stream.of("--help")).toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", args)).isZero();
            CommandLine command = whole;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            assertThat(out.toString()).as(String.join(" ", args)).isEqualTo(command.getUsageMessage());
        }
    }

    @Test
    void globalFlagsReachTheOneCommandBuilt() {
        CommandLine cli = Main.commandLine("demo", "--log-level", "warn");
        cli.parseArgs("demo", "--log-level", "warn");
        assertThat(((Main) cli.getCommand()).logFlags().level()).hasToString("WARN");
        assertThat(cli.getSubcommands()).containsOnlyKeys("demo");
    }

    /** The names leading to every command below {@code command} (help excluded: it has no help of its own). */
    private static List<List<String>> commandPaths(CommandLine command, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> path = Stream.concat(prefix.stream(), Stream.of(name)).toList();
                paths.add(path);
                paths.addAll(commandPaths(sub, path));
            }
        });
        return paths;
    }
}

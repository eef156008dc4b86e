package io.hvmon.windows.service.manage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowsCommandLineTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(WindowsCommandLine.quote("run")).isEqualTo("run");
        assertThat(WindowsCommandLine.quote("C:\\ProgramData\\hvmon\\config.json")).isEqualTo("C:\\ProgramData\\hvmon\\config.json");
        assertThat(WindowsCommandLine.quote("C:\\My Files\\config.json")).isEqualTo("\"C:\\My Files\\config.json\"");
        assertThat(WindowsCommandLine.quote("")).isEqualTo("\"\"");
        assertThat(WindowsCommandLine.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        // A folder with a space ending in a backslash: the backslash must not escape the closing quote.
        assertThat(WindowsCommandLine.quote("C:\\My Files\\")).isEqualTo("\"C:\\My Files\\\\\"");
        assertThat(WindowsCommandLine.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
    }

    @Test
    void theProgramIsAlwaysQuoted() {
        assertThat(WindowsCommandLine.of("C:\\Program Files\\hvmon\\hvmon.exe", List.of("service", "run")))
                .isEqualTo("\"C:\\Program Files\\hvmon\\hvmon.exe\" service run");
        assertThat(WindowsCommandLine.of("C:\\hvmon\\hvmon.exe", List.of())).isEqualTo("\"C:\\hvmon\\hvmon.exe\"");
        assertThatThrownBy(() -> WindowsCommandLine.of("C:\\a\"b.exe", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProgramSplitsTheLineBackIntoTheSameArguments() {
        List<String> tricky = List.of("", " ", "plain", "two words", "tab\there", "quote\"inside", "\"", "\\", "\\\\",
                "ends with \\", "ends\\", "C:\\Program Files\\", "\\\"", "a\\\\\"b c", "x y\\\\", "--config=C:\\a b\\c.json");
        assertThat(parse(WindowsCommandLine.of("C:\\p q\\java.exe", tricky))).containsExactlyElementsOf(
                concat("C:\\p q\\java.exe", tricky));

        Random random = new Random(7);
        String alphabet = "ab \\\"\t.:";
        for (int round = 0; round < 2000; round++) {
            List<String> arguments = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                StringBuilder argument = new StringBuilder();
                for (int j = random.nextInt(8); j > 0; j--) {
                    argument.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                arguments.add(argument.toString());
            }
            assertThat(parse(WindowsCommandLine.of("C:\\x\\hvmon.exe", arguments))).as(arguments.toString())
                    .containsExactlyElementsOf(concat("C:\\x\\hvmon.exe", arguments));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /**
     * How the Microsoft C runtime (and CommandLineToArgvW, and java.exe) splits a command line: the program name ends
     * at its closing quote; then 2n backslashes and a quote are n backslashes and a quote toggle, 2n+1 backslashes and a
     * quote are n backslashes and a literal quote, other backslashes are literal.
     */
    static List<String> parse(String line) {
        List<String> argv = new ArrayList<>();
        int i = 0;
        if (line.charAt(0) == '"') {
            int end = line.indexOf('"', 1);
            argv.add(line.substring(1, end));
            i = end + 1;
        } else {
            while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            argv.add(line.substring(0, i));
        }
        while (true) {
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= line.length()) {
                return argv;
            }
            StringBuilder argument = new StringBuilder();
            boolean quoted = false;
            while (i < line.length() && (quoted || (line.charAt(i) != ' ' && line.charAt(i) != '\t'))) {
                int backslashes = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    backslashes++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    argument.append("\\".repeat(backslashes / 2));
                    if (backslashes % 2 == 1) {
                        argument.append('"');
                    } else {
                        quoted = !quoted;
                    }
                    i++;
                } else {
                    argument.append("\\".repeat(backslashes));
                    if (i < line.length() && (quoted || (line.charAt(i) != ' ' && line.charAt(i) != '\t'))) {
                        argument.append(line.charAt(i));
                        i++;
                    }
                }
            }
            argv.add(argument.toString());
        }
    }
}

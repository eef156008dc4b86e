package io.hvmon.windows.service.manage;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JvmOptionsTest {

    private static final List<String> FILE = List.of(
            "# comment",
            "-XX:+UseSerialGC     # why",
            "",
            "-Xmx32m              # the heap",
            "[linux] -XX:TrimNativeHeapInterval=10000  # glibc only",
            "--enable-native-access=ALL-UNNAMED");

    @Test
    void theFirstWordOfEachLineWithoutCommentsNorLinuxOnlyLines() {
        assertThat(JvmOptions.parse(FILE)).containsExactly("-XX:+UseSerialGC", "-Xmx32m", "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void hvmonHeapReplacesTheMaximumHeapAndHvmonJavaOptsComeLast() {
        Map<String, String> environment = Map.of("HVMON_HEAP", "512m", "HVMON_JAVA_OPTS", " -Da=1   -Db=2 ");
        assertThat(JvmOptions.of(FILE, environment::get))
                .containsExactly("-XX:+UseSerialGC", "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-Da=1", "-Db=2");
        assertThat(JvmOptions.of(FILE, name -> null)).containsExactly(JvmOptions.parse(FILE).toArray(String[]::new));
    }

    @Test
    void aHeapThatIsNoSizeIsRefused() {
        assertThatThrownBy(() -> JvmOptions.of(FILE, Map.of("HVMON_HEAP", "lots")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("HVMON_HEAP=lots is not a heap size such as 64m or 1g");
    }

    @Test
    void theReadmeExplainsEveryOption() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("## JVM options"));
        List<String> all = Files.readAllLines(Path.of("..", "packaging", "jvm.options")).stream()
                .map(line -> line.replace("[linux]", "")).toList();
        assertThat(JvmOptions.parse(all)).hasSizeGreaterThan(8)
                .allSatisfy(option -> assertThat(table).contains("| `" + option + "` |"));
    }

    @Test
    void theJarCarriesPackagingJvmOptions() throws Exception {
        List<String> repositoryFile = Files.readAllLines(Path.of("..", "packaging", "jvm.options"));
        assertThat(JvmOptions.fileLines()).isEqualTo(repositoryFile);
        assertThat(JvmOptions.of(name -> null)).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED").anyMatch(o -> o.startsWith("-Xmx"));
    }
}

package io.hvmon.windows.service.manage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BinPathTest {

    private static final List<String> DEFAULT_RUN = BinPath.serviceRunArguments("hvmon", Optional.empty());
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx32m", "--enable-native-access=ALL-UNNAMED");

    @Test
    void theServiceArgumentsNameOnlyWhatDiffersFromTheDefaults() {
        assertThat(DEFAULT_RUN).containsExactly("service", "run");
        assertThat(BinPath.serviceRunArguments("hvmon-test", Optional.of("D:\\conf\\hvmon.json")))
                .containsExactly("service", "run", "--config", "D:\\conf\\hvmon.json", "--name", "hvmon-test");
    }

    @Test
    void aJpackageLauncherRunsItself() {
        String binPath = BinPath.forThisProgram(Map.of("jpackage.app-path", "C:\\Program Files\\hvmon\\hvmon.exe",
                "java.home", "C:\\Program Files\\hvmon\\runtime"), "C:\\Program Files\\hvmon\\app\\hvmon.jar", OPTIONS,
                DEFAULT_RUN);
        assertThat(binPath).isEqualTo("\"C:\\Program Files\\hvmon\\hvmon.exe\" service run");
    }

    @Test
    void aJarRunsWithTheSameJavaAndTheJvmOptions() {
        String binPath = BinPath.forThisProgram(Map.of("java.home", "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot\\"),
                "C:\\Users\\Ann Admin\\hvmon\\hvmon-app\\target\\hvmon.jar", OPTIONS,
                BinPath.serviceRunArguments("hvmon", Optional.of("C:\\Users\\Ann Admin\\hvmon.json")));
        assertThat(binPath).isEqualTo("\"C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot\\bin\\java.exe\""
                + " -XX:+UseSerialGC -Xmx32m --enable-native-access=ALL-UNNAMED"
                + " -jar \"C:\\Users\\Ann Admin\\hvmon\\hvmon-app\\target\\hvmon.jar\""
                + " service run --config \"C:\\Users\\Ann Admin\\hvmon.json\"");
        assertThat(WindowsCommandLineTest.parse(binPath)).containsExactly(
                "C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot\\bin\\java.exe",
                "-XX:+UseSerialGC", "-Xmx32m", "--enable-native-access=ALL-UNNAMED", "-jar", "C:\\Users\\Ann Admin\\hvmon\\hvmon-app\\target\\hvmon.jar",
                "service", "run", "--config", "C:\\Users\\Ann Admin\\hvmon.json");
    }

    @Test
    void classesOutsideAJarRunWithTheClassPath() {
        String binPath = BinPath.forThisProgram(Map.of("java.home", "C:\\jdk",
                        "java.class.path", "C:\\w s\\classes;C:\\m2\\picocli.jar"), "C:\\w s\\classes\\", OPTIONS,
                BinPath.serviceRunArguments("hvmon-test-1", Optional.empty()));
        assertThat(binPath).isEqualTo("\"C:\\jdk\\bin\\java.exe\" -XX:+UseSerialGC -Xmx32m --enable-native-access=ALL-UNNAMED"
                + " -cp \"C:\\w s\\classes;C:\\m2\\picocli.jar\" io.hvmon.app.cli.Main service run --name hvmon-test-1");
        assertThat(BinPath.forClassPath("C:\\jdk", List.of("-Xmx32m"), "C:\\cp", DEFAULT_RUN))
                .isEqualTo("\"C:\\jdk\\bin\\java.exe\" -Xmx32m -cp C:\\cp io.hvmon.app.cli.Main service run");
    }
}

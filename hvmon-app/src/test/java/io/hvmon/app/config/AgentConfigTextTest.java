package io.hvmon.app.config;

import io.hvmon.windows.host.AgentConfigFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The config that 'hvmon service install' writes when there is none is one the strict loader accepts. */
class AgentConfigTextTest {

    @Test
    void theDefaultAgentConfigLoadsAsTheAgentOnPort20501() throws Exception {
        HvmonConfig config = ConfigLoader.parse(AgentConfigFile.DEFAULT_TEXT, "config.json");

        assertThat(config.listen().address()).isEqualTo("0.0.0.0");
        assertThat(config.listen().port()).isEqualTo(20501);
        assertThat(config.hosts()).as("no hosts: the agent reads local WMI").isEmpty();
        assertThat(ConfigLoader.parse(AgentConfigFile.DEFAULT_TEXT.replace("\n", "\r\n"), "config.json"))
                .as("as written on Windows").isEqualTo(config);
    }
}

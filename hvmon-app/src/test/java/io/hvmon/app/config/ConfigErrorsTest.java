package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad value per case, on one line, so the expected line:column is easy to check by eye. */
class ConfigErrorsTest {

    /** A valid host; cases splice one bad key into it. */
    static final String HOST = "\"name\": \"hv01\", \"url\": \"https://hv01:5986/wsman\", \"user\": \"u\", "
            + "\"password_env\": \"HV01_PASSWORD\"";

    static String error(String json) {
        try {
            ConfigLoader.parse(json, "config.json");
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // listen
                Arguments.of("{\"listen\": 5}",
                        "config.json:1:12: listen: expected an object (keys: address, port, tls,"
                                + " max_connections, max_connections_per_client), found 5"),
                Arguments.of("{\"listen\": {\"max_connections\": 0}}",
                        "config.json:1:32: listen.max_connections: expected an integer from 1 to 1000000, found 0"),
                Arguments.of("{\"listen\": {\"max_connections_per_client\": \"10\"}}",
                        "config.json:1:43: listen.max_connections_per_client: expected an integer from 1 to 1000000,"
                                + " found \"10\""),
                Arguments.of("{\"listen\": {\"max_connections\": 100, \"max_connections_per_client\": 101}}",
                        "config.json:1:67: listen.max_connections_per_client: max_connections_per_client (101) is more"
                                + " than max_connections (100); expected it to be at most that"),
                Arguments.of("{\"listen\": {\"max_connections\": 100}}",
                        "config.json:1:32: listen.max_connections: max_connections_per_client (256 by default) is"
                                + " more than max_connections (100); expected it to be at most that"),
                Arguments.of("{\"listen\": {\"port\": 0}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found 0"),
                Arguments.of("{\"listen\": {\"port\": 65536}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found 65536"),
                Arguments.of("{\"listen\": {\"port\": -1}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found -1"),
                Arguments.of("{\"listen\": {\"port\": \"8080\"}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found \"8080\""),
                Arguments.of("{\"listen\": {\"port\": 8080.0}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found 8080.0"),
                Arguments.of("{\"listen\": {\"port\": 8e3}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found 8e3"),
                Arguments.of("{\"listen\": {\"port\": true}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found true"),
                Arguments.of("{\"listen\": {\"port\": null}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found null"),
                Arguments.of("{\"listen\": {\"port\": [80]}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, found an array"),
                Arguments.of("{\"listen\": {\"port\": 99999999999999999999999999999999}}",
                        "config.json:1:21: listen.port: expected an integer from 1 to 65535, "
                                + "found 99999999999999999999999999999999"),
                Arguments.of("{\"listen\": {\"address\": \"256.1.1.1\"}}",
                        "config.json:1:24: listen.address: expected an IP address (such as 0.0.0.0, 127.0.0.1, :: or"
                                + " ::1) or a host name, found \"256.1.1.1\""),
                Arguments.of("{\"listen\": {\"address\": \"[::1]\"}}",
                        "config.json:1:24: listen.address: expected an IP address (such as 0.0.0.0, 127.0.0.1, :: or"
                                + " ::1) or a host name, found \"[::1]\""),
                Arguments.of("{\"listen\": {\"address\": \"\"}}",
                        "config.json:1:24: listen.address: expected an IP address (such as 0.0.0.0, 127.0.0.1, :: or"
                                + " ::1) or a host name, found \"\""),
                Arguments.of("{\"listen\": {\"address\": 127}}",
                        "config.json:1:24: listen.address: expected an IP address (such as 0.0.0.0, 127.0.0.1, :: or"
                                + " ::1) or a host name, found 127"),
                // values
                Arguments.of("{\"values\": \"pretty\"}",
                        "config.json:1:12: values: expected one of \"compat\", \"friendly\", \"numeric\", found \"pretty\""),
                Arguments.of("{\"values\": null}",
                        "config.json:1:12: values: expected one of \"compat\", \"friendly\", \"numeric\", found null"),
                // collection
                Arguments.of("{\"collection\": {\"interval_seconds\": \"15s\"}}",
                        "config.json:1:37: collection.interval_seconds: expected an integer from 1 to 86400, found \"15s\""),
                Arguments.of("{\"collection\": {\"interval_seconds\": 15.5}}",
                        "config.json:1:37: collection.interval_seconds: expected an integer from 1 to 86400, found 15.5"),
                Arguments.of("{\"collection\": {\"interval_seconds\": 86401}}",
                        "config.json:1:37: collection.interval_seconds: expected an integer from 1 to 86400, found 86401"),
                Arguments.of("{\"collection\": {\"timeout_seconds\": 0}}",
                        "config.json:1:36: collection.timeout_seconds: expected an integer from 1 to 3600, found 0"),
                Arguments.of("{\"collection\": {\"timeout_seconds\": 3601, \"interval_seconds\": 86400}}",
                        "config.json:1:36: collection.timeout_seconds: expected an integer from 1 to 3600, found 3601"),
                Arguments.of("{\"collection\": {\"interval_seconds\": 30, \"timeout_seconds\": 31}}",
                        "config.json:1:60: collection.timeout_seconds: 31 is longer than interval_seconds (30);"
                                + " expected at most 30"),
                Arguments.of("{\"collection\": {\"timeout_seconds\": 20}}",
                        "config.json:1:36: collection.timeout_seconds: 20 is longer than interval_seconds"
                                + " (15 by default); expected at most 15"),
                Arguments.of("{\"collection\": {\"interval_seconds\": 5}}",
                        "config.json:1:37: collection.interval_seconds: 5 is shorter than timeout_seconds"
                                + " (10 by default); expected at least 10, or set timeout_seconds to 5 or less"),
                Arguments.of("{\"collection\": {\"ready_when\": \"all\"}}",
                        "config.json:1:31: collection.ready_when: expected one of \"any_host\", \"all_hosts\","
                                + " found \"all\""),
                Arguments.of("{\"collection\": {\"ready_when\": true}}",
                        "config.json:1:31: collection.ready_when: expected one of \"any_host\", \"all_hosts\","
                                + " found true"),
                // hosts
                Arguments.of("{\"hosts\": {}}", "config.json:1:11: hosts: expected an array of host objects, found an object"),
                Arguments.of("{\"hosts\": [\"hv01\"]}",
                        "config.json:1:12: hosts[0]: expected an object (keys: name, url, auth, user, password_env,"
                                + " password_file, tls, insecure_basic_over_http, spn, keytab, ticket_cache),"
                                + " found \"hv01\""),
                Arguments.of("{\"hosts\": [{\"url\": \"https://hv01/wsman\", \"user\": \"u\", \"password_env\": \"P\"}]}",
                        "config.json:1:12: hosts[0].name: required key is missing (expected a host name of 1 to 255"
                                + " letters, digits, '.', '-' or '_')"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"hv01\"", "\"\"") + "}]}",
                        "config.json:1:21: hosts[0].name: expected a host name of 1 to 255 letters, digits, '.', '-'"
                                + " or '_', found \"\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"hv01\"", "\"hv 01\"") + "}]}",
                        "config.json:1:21: hosts[0].name: expected a host name of 1 to 255 letters, digits, '.', '-'"
                                + " or '_', found \"hv 01\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"hv01\"", "\"" + "h".repeat(256) + "\"") + "}]}",
                        "config.json:1:21: hosts[0].name: expected a host name of 1 to 255 letters, digits, '.', '-'"
                                + " or '_', found \"" + "h".repeat(60) + "...\""),
                Arguments.of("{\"hosts\": [{" + HOST + "},\n{" + HOST + "}]}",
                        "config.json:2:10: hosts[1].name: \"hv01\" is already used by hosts[0]"),
                Arguments.of("{\"hosts\": [{" + HOST + "},\n{" + HOST.replace("\"hv01\"", "\"HV01\"") + "}]}",
                        "config.json:2:10: hosts[1].name: \"HV01\" is already used by hosts[0] as \"hv01\""
                                + " (host names are compared without regard to case)"),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"user\": \"u\", \"password_env\": \"P\"}]}",
                        "config.json:1:12: hosts[0].url: required key is missing (expected an http:// or https:// URL"
                                + " with a host, such as https://hv01.example.com:5986/wsman)"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "ftp://hv01/wsman") + "}]}",
                        "config.json:1:36: hosts[0].url: expected an http:// or https:// URL with a host, such as"
                                + " https://hv01.example.com:5986/wsman, found \"ftp://hv01/wsman\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "hv01:5986") + "}]}",
                        "config.json:1:36: hosts[0].url: expected an http:// or https:// URL with a host, such as"
                                + " https://hv01.example.com:5986/wsman, found \"hv01:5986\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "https:///wsman") + "}]}",
                        "config.json:1:36: hosts[0].url: expected an http:// or https:// URL with a host, such as"
                                + " https://hv01.example.com:5986/wsman, found \"https:///wsman\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "https://hv 01/") + "}]}",
                        "config.json:1:36: hosts[0].url: expected an http:// or https:// URL with a host, such as"
                                + " https://hv01.example.com:5986/wsman, found \"https://hv 01/\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "https://hv01:70000/") + "}]}",
                        "config.json:1:36: hosts[0].url: expected a URL with a port from 1 to 65535,"
                                + " found \"https://hv01:70000/\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "https://hv01/wsman?x=1") + "}]}",
                        "config.json:1:36: hosts[0].url: expected a URL without a query (?...) or fragment (#...),"
                                + " found \"https://hv01/wsman?x=1\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986", "http://hv01:5985")
                                + ", \"auth\": \"basic\"}]}",
                        "config.json:1:116: hosts[0].auth: \"basic\" over an http:// URL sends the password in clear"
                                + " with every request; expected an https:// URL, or auth \"negotiate\" (NTLM with WinRM"
                                + " message encryption), or, to accept cleartext passwords (a lab only),"
                                + " \"insecure_basic_over_http\": true"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"basic\", \"insecure_basic_over_http\": true}]}",
                        "config.json:1:154: hosts[0].insecure_basic_over_http: has no effect unless auth is \"basic\""
                                + " and the url is http://; expected it removed"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986", "http://hv01:5985")
                                + ", \"auth\": \"basic\", \"insecure_basic_over_http\": \"yes\"}]}",
                        "config.json:1:153: hosts[0].insecure_basic_over_http: expected true or false, found \"yes\""),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"ntlm\"}]}",
                        "config.json:1:117: hosts[0].auth: expected \"negotiate\" (NTLM), \"kerberos\" or \"basic\","
                                + " found \"ntlm\""),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"password_env\": \"P\"}]}",
                        "config.json:1:12: hosts[0].user: required key is missing (expected the user to log on as,"
                                + " such as \"EXAMPLE\\\\monitor\")"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"u\"", "\"\"") + "}]}",
                        "config.json:1:71: hosts[0].user: expected the user to log on as, such as \"EXAMPLE\\\\monitor\""
                                + " (1 to 256 characters, no control characters), found \"\""),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"HV01_PASSWORD\"", "\"1PASSWORD\"") + "}]}",
                        "config.json:1:92: hosts[0].password_env: expected the name of an environment variable"
                                + " (letters, digits and '_', not starting with a digit), found a string that is not"
                                + " one (not shown: it may be a password)"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("\"HV01_PASSWORD\"", "42") + "}]}",
                        "config.json:1:92: hosts[0].password_env: expected the name of an environment variable"
                                + " (letters, digits and '_', not starting with a digit), found a number"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"password_file\": \"/etc/pw\"}]}",
                        "config.json:1:109: hosts[0]: both password_env and password_file are set; expected exactly"
                                + " one of them"),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"user\": \"u\"}]}",
                        "config.json:1:12: hosts[0]: no password source; expected password_env or password_file"),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"user\": \"u\","
                                + " \"password_file\": \"\"}]}",
                        "config.json:1:88: hosts[0].password_file: expected the path of a file holding the password,"
                                + " found an empty string"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"tls\": true}]}",
                        "config.json:1:116: hosts[0].tls: expected an object (keys: verify, ca_file), found true"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"tls\": {\"verify\": \"no\"}}]}",
                        "config.json:1:127: hosts[0].tls.verify: expected true or false, found \"no\""),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"tls\": {\"verify\": false, \"ca_file\": \"ca.pem\"}}]}",
                        "config.json:1:145: hosts[0].tls.ca_file: has no effect when verify is false; expected"
                                + " either verify true or no ca_file"),
                Arguments.of("{\"hosts\": [{" + HOST.replace("https://hv01:5986/wsman", "http://hv01:5985/wsman")
                                + ", \"tls\": {}}]}",
                        "config.json:1:115: hosts[0].tls: only applies to https:// URLs; expected no tls settings"
                                + " with \"http://hv01:5985/wsman\""),
                // hosts: kerberos
                Arguments.of("{\"hosts\": [{" + HOST + ", \"spn\": \"HTTP/hv01.example.com\"}]}",
                        "config.json:1:109: hosts[0].spn: only applies to auth \"kerberos\" (this host has auth"
                                + " \"negotiate\"); expected it removed, or auth \"kerberos\""),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"basic\", \"ticket_cache\": true}]}",
                        "config.json:1:126: hosts[0].ticket_cache: only applies to auth \"kerberos\" (this host has"
                                + " auth \"basic\"); expected it removed, or auth \"kerberos\""),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"kerberos\", \"keytab\": \"svc.keytab\"}]}",
                        "config.json:1:129: hosts[0]: several credential sources (password_env, keytab); expected"
                                + " exactly one of: password_env or password_file, keytab, ticket_cache"),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"user\": \"u\","
                                + " \"auth\": \"kerberos\"}]}",
                        "config.json:1:12: hosts[0]: no credential source for auth \"kerberos\"; expected exactly one"
                                + " of: password_env or password_file, keytab, ticket_cache"),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"auth\": \"kerberos\","
                                + " \"keytab\": \"svc.keytab\"}]}",
                        "config.json:1:12: hosts[0].user: required key is missing (expected the user to log on as,"
                                + " such as \"EXAMPLE\\\\monitor\")"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"kerberos\", \"spn\": \"hv01.example.com\"}]}",
                        "config.json:1:136: hosts[0].spn: expected a service principal name such as"
                                + " \"HTTP/hv01.example.com\" or \"HTTP/hv01.example.com@EXAMPLE.COM\" (service/host,"
                                + " optionally @REALM), found \"hv01.example.com\""),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"auth\": \"kerberos\", \"spn\": \"HTTP/hv01 example\"}]}",
                        "config.json:1:136: hosts[0].spn: expected a service principal name such as"
                                + " \"HTTP/hv01.example.com\" or \"HTTP/hv01.example.com@EXAMPLE.COM\" (service/host,"
                                + " optionally @REALM), found \"HTTP/hv01 example\""),
                Arguments.of("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"auth\": \"kerberos\","
                                + " \"ticket_cache\": false}]}",
                        "config.json:1:94: hosts[0].ticket_cache: expected true (the default ticket cache) or the path"
                                + " of a ticket cache file, found false (for no ticket cache, remove the key)"),
                // kerberos
                Arguments.of("{\"kerberos\": {\"krb5_conf\": \"no-such-krb5.conf\"}}",
                        "config.json:1:28: kerberos.krb5_conf: the file no-such-krb5.conf does not exist; expected"
                                + " the path of a krb5.conf file this process can read"),
                Arguments.of("{\"kerberos\": \"/etc/krb5.conf\"}",
                        "config.json:1:14: kerberos: expected an object (keys: krb5_conf), found \"/etc/krb5.conf\""),
                // top level
                Arguments.of("[]", "config.json:1:1: expected a JSON object at the top level ({ ... }), found an array"),
                Arguments.of("\"hvmon\"",
                        "config.json:1:1: expected a JSON object at the top level ({ ... }), found \"hvmon\""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsWhereWhatAndExpected(String json, String expected) {
        assertThat(error(json)).isEqualTo(expected);
    }

    static Stream<Arguments> unknownKeys() {
        return Stream.of(
                Arguments.of("{\"lisen\": {}}",
                        "config.json:1:2: lisen: unknown key (expected one of: listen, values, collection, hosts, security, logging, events, notify,"
                                + " kerberos); did you mean 'listen'?"),
                Arguments.of("{\"tls\": {}}",
                        "config.json:1:2: tls: unknown key (expected one of: listen, values, collection, hosts, security, logging, events, notify,"
                                + " kerberos)"),
                Arguments.of("{\n  \"listen\": {\n    \"prot\": 80}}",
                        "config.json:3:5: listen.prot: unknown key (expected one of: address, port, tls,"
                                + " max_connections, max_connections_per_client);"
                                + " did you mean 'port'?"),
                Arguments.of("{\"listen\": {\"Port\": 80}}",
                        "config.json:1:13: listen.Port: unknown key (expected one of: address, port, tls,"
                                + " max_connections, max_connections_per_client);"
                                + " did you mean 'port'?"),
                Arguments.of("{\"collection\": {\"interval\": 80}}",
                        "config.json:1:17: collection.interval: unknown key (expected one of: interval_seconds,"
                                + " timeout_seconds, ready_when)"),
                Arguments.of("{\"collection\": {\"ready\": \"any_host\"}}",
                        "config.json:1:17: collection.ready: unknown key (expected one of: interval_seconds,"
                                + " timeout_seconds, ready_when)"),
                Arguments.of("{\"collection\": {\"timeout_secnds\": 8}}",
                        "config.json:1:17: collection.timeout_secnds: unknown key (expected one of: interval_seconds,"
                                + " timeout_seconds, ready_when); did you mean 'timeout_seconds'?"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"usr\": \"x\"}]}",
                        "config.json:1:109: hosts[0].usr: unknown key (expected one of: name, url, auth, user,"
                                + " password_env, password_file, tls, insecure_basic_over_http, spn, keytab,"
                                + " ticket_cache); did you mean 'user'?"),
                Arguments.of("{\"kerberos\": {\"krb5conf\": \"/etc/krb5.conf\"}}",
                        "config.json:1:15: kerberos.krb5conf: unknown key (expected one of: krb5_conf);"
                                + " did you mean 'krb5_conf'?"),
                Arguments.of("{\"hosts\": [{" + HOST + ", \"tls\": {\"verfy\": true}}]}",
                        "config.json:1:117: hosts[0].tls.verfy: unknown key (expected one of: verify, ca_file);"
                                + " did you mean 'verify'?"));
    }

    @ParameterizedTest
    @MethodSource("unknownKeys")
    void refusesUnknownKeysAtEveryLevel(String json, String expected) {
        assertThat(error(json)).isEqualTo(expected);
    }

    @Test
    void reportsAllProblemsInFileOrder() {
        String json = """
                {
                  "values": "pretty",
                  "listen": { "port": "80", "adress": "::1" },
                  "collection": { "interval_seconds": 0 },
                  "hosts": [ { "name": "hv01" } ]
                }
                """;
        assertThat(error(json)).isEqualTo(String.join("\n",
                "config.json:2:13: values: expected one of \"compat\", \"friendly\", \"numeric\", found \"pretty\"",
                "config.json:3:23: listen.port: expected an integer from 1 to 65535, found \"80\"",
                "config.json:3:29: listen.adress: unknown key (expected one of: address, port, tls,"
                                + " max_connections, max_connections_per_client); did you mean 'address'?",
                "config.json:4:39: collection.interval_seconds: expected an integer from 1 to 86400, found 0",
                "config.json:5:14: hosts[0].url: required key is missing (expected an http:// or https:// URL with a"
                        + " host, such as https://hv01.example.com:5986/wsman)",
                "config.json:5:14: hosts[0].user: required key is missing (expected the user to log on as, such as"
                        + " \"EXAMPLE\\\\monitor\")",
                "config.json:5:14: hosts[0]: no password source; expected password_env or password_file"));
    }

    @Test
    void capsTheNumberOfProblemsShown() {
        StringBuilder json = new StringBuilder("{\"hosts\": [");
        for (int i = 0; i < 30; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"name\": \"hv").append(i).append("\", \"url\": 5, \"user\": \"u\","
                    + " \"password_env\": \"P\"}");
        }
        String message = error(json.append("]}").toString());
        assertThat(message.lines()).hasSize(Problems.MAX_REPORTED + 1);
        assertThat(message.lines().toList().get(Problems.MAX_REPORTED)).isEqualTo("config.json: 10 more problems not shown");
    }

    @Test
    void refusesMoreThanAThousandHosts() {
        StringBuilder json = new StringBuilder("{\"hosts\": [");
        for (int i = 0; i <= HvmonConfig.MAX_HOSTS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"hv").append(i)
                    .append("\", \"url\": \"http://hv/\", \"user\": \"u\", \"password_env\": \"P\"}");
        }
        assertThat(error(json.append("]}").toString()))
                .isEqualTo("config.json:1:11: hosts: has 1001 hosts; expected at most 1000");
    }

    @Test
    void nullIsAnErrorNotTheDefault() {
        assertThatThrownBy(() -> ConfigLoader.parse("{\"listen\": null}", "c.json"))
                .hasMessage("c.json:1:12: listen: expected an object (keys: address, port, tls,"
                                + " max_connections, max_connections_per_client), found null");
        assertThatThrownBy(() -> ConfigLoader.parse("{\"hosts\": null}", "c.json"))
                .hasMessage("c.json:1:11: hosts: expected an array of host objects, found null");
    }
}

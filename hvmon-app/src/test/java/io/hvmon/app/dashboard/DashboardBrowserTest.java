package io.hvmon.app.dashboard;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.security.ApiKeyHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs; skipped where they are missing), driven by Selenium, against the demo's simulated hosts
 * read over WS-Man: the table shows the VMs the API lists, the filter and the sorting work, a VM's details open from
 * the keyboard, the live feed shows events without a reload, the key is asked for and sent in a header when the API
 * wants one, and the browser logs no error. Screenshots go to {@code target/dashboard/}.
 */
@Timeout(180)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "dashboard");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String KEY = "dashboard-test-key-0123456789-abcdefghij";

    private DemoSources sources;
    private Monitor monitor;
    private ChromeDriver browser;

    @BeforeEach
    void browserAvailable() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (sources != null) {
            sources.close();
        }
    }

    private String start(boolean withKey) throws Exception {
        String security = withKey ? ", \"security\": { \"api_keys\": [ { \"name\": \"dashboard\", \"hash\": \""
                + ApiKeyHash.of(KEY, new SecureRandom()) + "\" } ] }" : "";
        HvmonConfig config = ConfigLoader.parse("""
                { "listen": { "address": "127.0.0.1" },
                  "collection": { "interval_seconds": 2, "timeout_seconds": 2 }%s }
                """.formatted(security), "dashboard test config").withListenPort(0);
        sources = DemoSources.start(2, 12, 42, Duration.ofSeconds(5));
        monitor = Monitor.start(config, sources.sources());
        String base = "http://127.0.0.1:" + monitor.port();
        awaitBothHosts(base, withKey);
        browser = chromium();
        return base;
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Both simulated hosts collected, so the page has all VMs from its first read. */
    private static void awaitBothHosts(String base, boolean withKey) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/hvm/hosts"));
            if (withKey) {
                request.header("X-API-KEY", KEY);
            }
            HttpResponse<String> hosts = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (hosts.statusCode() == 200 && JSON.std.listFrom(hosts.body()).stream()
                    .allMatch(host -> Boolean.TRUE.equals(((Map<?, ?>) host).get("ready")))) {
                return;
            }
            assertThat(System.nanoTime()).as("both hosts collected in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static List<Object> vmsFromApi(String base, boolean withKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/hvm/vms?values=friendly"));
        if (withKey) {
            request.header("X-API-KEY", KEY);
        }
        return JSON.std.listFrom(HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private List<WebElement> vmRows() {
        return browser.findElements(By.cssSelector("#vms tbody tr"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Test
    void theTableShowsTheVmsFiltersSortsOpensDetailsAndTheFeedIsLive() throws Exception {
        String base = start(false);
        List<Object> vms = vmsFromApi(base, false);
        assertThat(vms).hasSize(24);

        browser.get(base + "/");
        waiting().until(driver -> vmRows().size() == vms.size());
        assertThat(browser.findElement(By.id("vm-count")).getText()).isEqualTo("(24)");
        assertThat(browser.findElements(By.cssSelector("#hosts tbody tr"))).hasSize(2);
        List<String> names = vms.stream().map(vm -> (String) ((Map<?, ?>) vm).get("name")).toList();
        assertThat(vmRows()).extracting(row -> row.findElement(By.tagName("td")).getText())
                .containsExactlyInAnyOrderElementsOf(names);
        screenshot("dashboard");

        // The filter: one VM's name, then a state word.
        String one = names.getFirst();
        browser.findElement(By.id("filter")).sendKeys(one);
        waiting().until(driver -> vmRows().stream().allMatch(row -> row.getText().contains(one))
                && vmRows().size() < vms.size());
        long running = vms.stream().filter(vm -> "Running".equals(((Map<?, ?>) vm).get("state"))).count();
        WebElement filter = browser.findElement(By.id("filter"));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Running");
        waiting().until(driver -> vmRows().size() >= running && vmRows().stream()
                .allMatch(row -> row.getText().contains("Running")));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waiting().until(driver -> vmRows().size() == vms.size());

        // Sorting by name, twice: ascending, then descending; aria-sort says which.
        WebElement nameHeader = browser.findElement(By.cssSelector("#vms th[data-key=name]"));
        nameHeader.findElement(By.tagName("button")).click();
        assertThat(nameHeader.getAttribute("aria-sort")).isEqualTo("descending");
        List<String> shown = vmRows().stream().map(row -> row.findElement(By.tagName("td")).getText()).toList();
        assertThat(shown).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());

        // A VM's details, from the keyboard: focus its row, Enter; Escape closes them.
        WebElement first = vmRows().getFirst();
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(driver -> browser.findElement(By.id("detail-panel")).isDisplayed());
        assertThat(browser.findElement(By.id("detail")).getText()).contains("ipv4_addresses", "guest_os_name");
        screenshot("vm-detail");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(driver -> !browser.findElement(By.id("detail-panel")).isDisplayed());

        // The live feed: the simulated hosts change as time passes; events arrive without a reload.
        waiting().until(driver -> !browser.findElements(By.cssSelector("#events li")).isEmpty());
        assertThat(browser.findElement(By.id("events-status")).getText()).isEqualTo("(live)");
        screenshot("events");

        // Readable on a phone: the page keeps its content within a narrow window (tables scroll on their own).
        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        screenshot("phone");

        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void withApiKeysThePageAsksForTheKeyAndSendsItInAHeader() throws Exception {
        String base = start(true);

        browser.get(base + "/");
        waiting().until(driver -> browser.findElement(By.id("key-panel")).isDisplayed());
        assertThat(vmRows()).isEmpty();
        browser.findElement(By.id("key-input")).sendKeys(KEY, Keys.ENTER);
        waiting().until(driver -> vmRows().size() == 24);
        assertThat(browser.getCurrentUrl()).doesNotContain(KEY);
        waiting().until(driver -> "(live)".equals(browser.findElement(By.id("events-status")).getText()));
        screenshot("with-key");

        assertThat(browserErrors()).isEmpty();
    }
}

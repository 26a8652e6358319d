package dev.codatsandbox.admin;

import io.restassured.RestAssured;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A headless browser for the dashboard's tests, one per test class, reused by its tests, on a fresh profile folder
 * which goes when it quits. {@link #start()}: Debian's Chromium, driven through Debian's ChromeDriver by Selenium,
 * started with the flags that keep it off the network (no background networking, component updates, sync or QUIC).
 * {@link #firefox()}: Debian's Firefox ESR, driven through its own WebDriver BiDi by {@link Firefox}, with no
 * geckodriver; its screenshots are named {@code firefox-…}. Where a program is missing, the class's tests are skipped
 * by a JUnit assumption, after a log line nobody can miss; CI's {@code .ci/run} installs them.
 */
final class Browser implements AutoCloseable {

    /** Debian's Chromium; {@code -Ddashboard.chromium=...} names another. */
    static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
    /** Debian's ChromeDriver, of the same version; {@code -Ddashboard.chromedriver=...} names another. */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
    /** Debian's Firefox ESR; {@code -Ddashboard.firefox=...} names another. */
    static final Path FIREFOX = Path.of(System.getProperty("dashboard.firefox", "/usr/bin/firefox-esr"));
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final Logger LOG = Logger.getLogger(Browser.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String prefix;

    private Browser(WebDriver driver, Path profile, Path downloads, String prefix) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.prefix = prefix;
    }

    /** Starts the browser, or skips the calling class's tests when Chromium or ChromeDriver is not installed. */
    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            skip(CHROMIUM + " or " + CHROMEDRIVER + " is missing", "chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("dashboard-chromium-");
        Path downloads = Files.createTempDirectory("dashboard-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, downloads, "");
    }

    /** Starts Firefox, or skips the calling class's tests when it is not installed. */
    static Browser firefox() throws IOException {
        if (!Files.isExecutable(FIREFOX)) {
            skip(FIREFOX + " is missing", "firefox-esr");
        }
        Path profile = Files.createTempDirectory("dashboard-firefox-");
        Path downloads = Files.createTempDirectory("dashboard-downloads-");
        Files.createDirectories(Path.of("target"));
        Firefox firefox = Firefox.start(FIREFOX, profile, downloads, Path.of("target", "dashboard-firefox.log"));
        return new Browser(firefox, profile, downloads, "firefox-");
    }

    private static void skip(String why, String packages) {
        String message = "DASHBOARD BROWSER TESTS SKIPPED: " + why;
        String bar = "#".repeat(100);
        LOG.warn("\n" + bar + "\n# " + message + "\n# Debian: apt-get install " + packages
                + " (.ci/run installs them when missing)\n" + bar);
        Assumptions.abort(message);
    }

    /** Loads the dashboard afresh on {@code view}, signing in with {@code token} when it asks for one. */
    void open(String view, String token) {
        driver.get("about:blank");
        driver.get("http://localhost:" + RestAssured.port + "/_sandbox/ui/#" + view);
        waitUntil(d -> visible("login") || visible("view-" + view));
        if (visible("login")) {
            find("token").sendKeys(token);
            find("login-form").submit();
            waitUntil(d -> visible("view-" + view));
        }
    }

    /** Forgets the tab's admin token, as a new tab would have none. */
    void forgetToken() {
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    String text(String id) {
        return find(id).getText();
    }

    /**
     * Waits until the condition holds; fails the test after ten seconds. An element the page re-rendered meanwhile
     * (the views redraw their tables as requests end) is looked up again on the next try.
     */
    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Clicks the element found, finding it again if the page redrew it first. */
    void click(Supplier<WebElement> element) {
        waitUntil(d -> {
            element.get().click();
            return Boolean.TRUE;
        });
    }

    /** Waits until the element's text is {@code expected}; answers it. */
    void waitForText(String id, String expected) {
        waitUntil(d -> expected.equals(text(id)) ? Boolean.TRUE : null);
    }

    /** The browser console's messages since the last call, one a line. */
    String console() {
        StringBuilder lines = new StringBuilder();
        driver.manage().logs().get("browser").forEach(entry -> lines.append(entry.getLevel()).append(' ')
                .append(entry.getMessage()).append('\n'));
        return lines.toString();
    }

    WebDriver driver() {
        return driver;
    }

    /** Writes a PNG of the window to target/dashboard-screenshots/{name}.png ({@code firefox-{name}} in Firefox). */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(prefix + name + ".png");
        Files.move(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Waits for a file the browser downloads, by name, to be whole (Firefox creates it empty and writes beside it, in
     * {@code name.part}, until the end); answers its path.
     */
    Path downloaded(String name) {
        Path file = downloads.resolve(name);
        Path partial = downloads.resolve(name + ".part");
        waitUntil(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0 && !Files.exists(partial) ? Boolean.TRUE
                        : null;
            } catch (IOException e) {
                return null;
            }
        });
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            for (Path folder : List.of(profile, downloads)) {
                delete(folder);
            }
        }
    }

    /**
     * Deletes a folder and what it holds. The browser's processes may still write to their profile for a moment after
     * the driver has quit, so a folder that is still there is walked again, for up to 5 seconds.
     */
    private static void delete(Path folder) throws IOException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (UncheckedIOException e) {
                // a file went while the folder was walked: walk it again
            }
            if (Files.exists(folder)) {
                if (System.nanoTime() > until) {
                    LOG.warnf("Could not delete the browser's folder %s", folder);
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

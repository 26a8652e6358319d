package dev.codatsandbox.admin;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntries;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.Logs;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firefox driven through its own implementation of W3C WebDriver BiDi (the Remote Agent), with no geckodriver: the
 * browser is started with {@code --remote-debugging-port=0}, the port it prints is read from its log, and Selenium's
 * public BiDi transport ({@link Connection}, {@link BiDi}, {@link Command}) carries the protocol's commands
 * ({@code session.new}, {@code browsingContext.*}, {@code script.callFunction}, {@code input.performActions}).
 *
 * <p>Selenium's {@link WebDriver} interface is implemented over those commands for what the dashboard's tests use,
 * so that they run unchanged in both browsers: open and reload a page, find elements by CSS or XPath, run a script,
 * read the focused element, capture the viewport, collect the console and perform Selenium's {@code Actions} (their
 * W3C input sources are what {@code input.performActions} takes, elements named by shared id). The elements ({@link FirefoxElement}) type
 * and click with real keyboard and pointer input. Everything else (windows, frames, cookies, alerts) answers
 * {@link UnsupportedOperationException}.
 */
final class Firefox implements WebDriver, JavascriptExecutor, TakesScreenshot, Interactive {

    /** The message of the script error {@link FirefoxElement} throws for an element no longer in the document. */
    static final String STALE = "stale element reference: the element is no longer attached to the document";
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration COMMAND = Duration.ofSeconds(30);

    private final Process process;
    private final Connection connection;
    private final BiDi bidi;
    private final String context;
    private final ConcurrentLinkedQueue<LogEntry> console = new ConcurrentLinkedQueue<>();

    private Firefox(Process process, Connection connection, BiDi bidi, String context) {
        this.process = process;
        this.connection = connection;
        this.bidi = bidi;
        this.context = context;
    }

    /**
     * Starts {@code firefox} headless on a fresh {@code profile} whose downloads go, unasked, to {@code downloads},
     * with its log in {@code log}; opens a BiDi session on it, with a 1280×1000 viewport, collecting the console.
     */
    static Firefox start(Path firefox, Path profile, Path downloads, Path log) throws IOException {
        Files.writeString(profile.resolve("user.js"), preferences(downloads));
        ProcessBuilder builder = new ProcessBuilder(firefox.toString(), "--headless", "--no-remote",
                "--remote-debugging-port=0", "--profile", profile.toString(), "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
        Process process = builder.start();
        try {
            String endpoint = endpoint(process, log);
            HttpClient client = HttpClient.Factory.createDefault()
                    .createClient(ClientConfig.defaultConfig().baseUri(URI.create(endpoint)));
            Connection connection = new Connection(client, endpoint + "/session");
            BiDi bidi = new BiDi(connection, COMMAND);
            send(bidi, "session.new", Map.of("capabilities", Map.of()));
            Map<String, Object> tree = send(bidi, "browsingContext.getTree", Map.of("maxDepth", 0));
            String initial = (String) first(list(tree.get("contexts"))).get("context");
            // The tab Firefox opens with leaves the keyboard focus in its address bar, so its page never has focus
            // (document.hasFocus() is false, and Enter or Space on a focused button clicks nothing); a tab opened
            // in the foreground has it, as a page a person clicked into would.
            String context = (String) send(bidi, "browsingContext.create", Map.of("type", "tab", "background", false))
                    .get("context");
            send(bidi, "browsingContext.close", Map.of("context", initial));
            Firefox browser = new Firefox(process, connection, bidi, context);
            bidi.addListener(new Event<Map<String, Object>>("log.entryAdded", params -> params), browser::log);
            browser.command("browsingContext.setViewport",
                    Map.of("context", context, "viewport", Map.of("width", 1280, "height", 1000)));
            return browser;
        } catch (RuntimeException | IOException e) {
            stop(process);
            throw e;
        }
    }

    /**
     * Downloads without asking and without the panel, nothing fetched from the network on its own (on top of the
     * preferences the Remote Agent sets itself).
     */
    private static String preferences(Path downloads) {
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("browser.download.folderList", 2);
        prefs.put("browser.download.dir", downloads.toAbsolutePath().toString());
        prefs.put("browser.download.useDownloadDir", true);
        prefs.put("browser.download.always_ask_before_handling_new_types", false);
        prefs.put("browser.download.manager.showWhenStarting", false);
        // the downloads panel, opened on each download, would take the keyboard focus from the page
        prefs.put("browser.download.alwaysOpenPanel", false);
        prefs.put("browser.startup.homepage", "about:blank");
        prefs.put("browser.newtabpage.enabled", false);
        prefs.put("app.normandy.enabled", false);
        prefs.put("network.prefetch-next", false);
        prefs.put("network.dns.disablePrefetch", true);
        prefs.put("network.http.speculative-parallel-limit", 0);
        StringBuilder js = new StringBuilder();
        prefs.forEach((name, value) -> js.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String ? "\"" + ((String) value).replace("\\", "\\\\") + "\"" : value)
                .append(");\n"));
        return js.toString();
    }

    /** Waits for Firefox's "WebDriver BiDi listening on ws://…" line; answers the address. */
    private static String endpoint(Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return listening.group(1);
            }
            if (!process.isAlive()) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new SessionNotCreatedException("Firefox did not open its WebDriver BiDi port; its log, " + log + ":\n"
                + Files.readString(log));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> send(BiDi bidi, String method, Map<String, Object> params) {
        return (Map<String, Object>) bidi.send(new Command<>(method, params, Map.class));
    }

    /** Sends one BiDi command; answers its result. */
    Map<String, Object> command(String method, Map<String, Object> params) {
        return send(bidi, method, params);
    }

    String context() {
        return context;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> first(List<Object> values) {
        return map(values.get(0));
    }

    private void log(Map<String, Object> entry) {
        Level level = switch (String.valueOf(entry.get("level"))) {
            case "error" -> Level.SEVERE;
            case "warn" -> Level.WARNING;
            case "debug" -> Level.FINE;
            default -> Level.INFO;
        };
        Object timestamp = entry.get("timestamp");
        console.add(new LogEntry(level, timestamp instanceof Number n ? n.longValue() : System.currentTimeMillis(),
                entry.get("type") + " " + entry.get("text")));
    }

    /**
     * Calls {@code function} in the page with {@code self} as {@code this} (null for none) and {@code args} (strings,
     * numbers, booleans, null and elements); answers its result as Java values, nodes as {@link FirefoxElement}s. A
     * script error is thrown as {@link JavascriptException}, or {@link StaleElementReferenceException} for
     * {@link #STALE}.
     */
    Object call(String function, FirefoxElement self, Object... args) {
        Map<String, Object> params = new HashMap<>();
        params.put("functionDeclaration", function);
        params.put("target", Map.of("context", context));
        params.put("awaitPromise", false);
        params.put("resultOwnership", "none");
        params.put("serializationOptions", Map.of("maxDomDepth", 0, "maxObjectDepth", 4));
        if (self != null) {
            params.put("this", Map.of("sharedId", self.sharedId()));
        }
        List<Object> arguments = new ArrayList<>();
        for (Object arg : args) {
            arguments.add(local(arg));
        }
        params.put("arguments", arguments);
        Map<String, Object> answer;
        try {
            answer = command("script.callFunction", params);
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("no such node")) {
                throw new StaleElementReferenceException(STALE, e);
            }
            throw e;
        }
        if ("exception".equals(answer.get("type"))) {
            String text = String.valueOf(map(answer.get("exceptionDetails")).get("text"));
            if (text.contains(STALE)) {
                throw new StaleElementReferenceException(STALE);
            }
            throw new JavascriptException(text);
        }
        return remote(map(answer.get("result")));
    }

    private static Object local(Object value) {
        if (value == null) {
            return Map.of("type", "null");
        } else if (value instanceof FirefoxElement element) {
            return Map.of("sharedId", element.sharedId());
        } else if (value instanceof String || value instanceof Character) {
            return Map.of("type", "string", "value", value.toString());
        } else if (value instanceof Number) {
            return Map.of("type", "number", "value", value);
        } else if (value instanceof Boolean) {
            return Map.of("type", "boolean", "value", value);
        }
        throw new IllegalArgumentException("Not passed to a script: " + value.getClass().getName());
    }

    private Object remote(Map<String, Object> value) {
        Object inner = value.get("value");
        switch (String.valueOf(value.get("type"))) {
            case "undefined", "null":
                return null;
            case "string", "boolean":
                return inner;
            case "number":
                if (inner instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    return n.longValue();
                }
                return inner instanceof Number ? inner : Double.valueOf(String.valueOf(inner));
            case "node":
                return new FirefoxElement(this, (String) value.get("sharedId"));
            case "array", "nodelist", "htmlcollection":
                List<Object> items = new ArrayList<>();
                for (Object item : list(inner)) {
                    items.add(remote(map(item)));
                }
                return items;
            case "object":
                Map<String, Object> object = new LinkedHashMap<>();
                for (Object pair : list(inner)) {
                    List<Object> entry = list(pair);
                    object.put(String.valueOf(entry.get(0)), remote(map(entry.get(1))));
                }
                return object;
            default:
                throw new JavascriptException("A script answered a " + value.get("type") + ", not kept by the test");
        }
    }

    /**
     * Finds elements under {@code root} (the document when null) with the locator {@code by}: an id, a tag or class
     * name, a name, a CSS selector or an XPath expression.
     */
    @SuppressWarnings("unchecked")
    List<WebElement> find(By by, FirefoxElement root) {
        if (!(by instanceof By.Remotable remotable)) {
            throw new UnsupportedOperationException("Only Selenium's own locators are supported: " + by);
        }
        By.Remotable.Parameters locator = remotable.getRemoteParameters();
        String function = "function(using, value, root) {"
                + " const from = root === null ? document : root;"
                + " if (from !== document && !from.isConnected) { throw new Error('" + STALE + "'); }"
                + " if (using === 'xpath') {"
                + "   const found = document.evaluate(value, from, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);"
                + "   const elements = [];"
                + "   for (let i = 0; i < found.snapshotLength; i++) {"
                + "     if (found.snapshotItem(i).nodeType === 1) { elements.push(found.snapshotItem(i)); }"
                + "   }"
                + "   return elements;"
                + " }"
                + " const css = using === 'css selector' ? value : using === 'id' ? '#' + CSS.escape(value)"
                + "   : using === 'tag name' ? value : using === 'class name' ? '.' + CSS.escape(value)"
                + "   : using === 'name' ? '[name=\"' + CSS.escape(value) + '\"]' : null;"
                + " if (css === null) { throw new Error('unsupported locator: ' + using); }"
                + " return Array.from(from.querySelectorAll(css));"
                + "}";
        return (List<WebElement>) (List<?>) call(function, null, locator.using(), String.valueOf(locator.value()),
                root);
    }

    /** The first element {@link #find} finds, or {@link NoSuchElementException}. */
    WebElement findOne(By by, FirefoxElement root) {
        List<WebElement> found = find(by, root);
        if (found.isEmpty()) {
            throw new NoSuchElementException("Unable to locate element: " + by);
        }
        return found.get(0);
    }

    /** Sends one tick-by-tick sequence of real input ({@code input.performActions}) to the page. */
    void perform(Map<String, Object> source) {
        command("input.performActions", Map.of("context", context, "actions", List.of(source)));
    }

    /**
     * Selenium's {@code Actions}: the same sources and ticks as WebDriver classic's, an element origin as BiDi's. A
     * wheel action from an element first scrolls it into view (its bottom to the viewport's), as Selenium documents
     * {@code scrollToElement} and the classic drivers do; BiDi's own wheel input answers "move target out of bounds"
     * for an element outside the viewport.
     */
    @Override
    public void perform(Collection<Sequence> actions) {
        List<Object> sources = new ArrayList<>();
        for (Sequence sequence : actions) {
            Map<String, Object> source = sequence.encode();
            if ("wheel".equals(source.get("type"))) {
                for (Object action : list(source.get("actions"))) {
                    if (map(action).get("origin") instanceof FirefoxElement element) {
                        call("function() { this.scrollIntoView({block: 'end', inline: 'nearest'}); }", element);
                    }
                }
            }
            sources.add(bidiInput(source));
        }
        command("input.performActions", Map.of("context", context, "actions", sources));
    }

    private static Object bidiInput(Object value) {
        if (value instanceof FirefoxElement element) {
            return Map.of("type", "element", "element", Map.of("sharedId", element.sharedId()));
        } else if (value instanceof Map<?, ?> fields) {
            Map<String, Object> converted = new LinkedHashMap<>();
            fields.forEach((name, field) -> converted.put(String.valueOf(name), bidiInput(field)));
            return converted;
        } else if (value instanceof Collection<?> items) {
            return items.stream().map(Firefox::bidiInput).toList();
        }
        return value;
    }

    @Override
    public void resetInputState() {
        command("input.releaseActions", Map.of("context", context));
    }

    @Override
    public void get(String url) {
        command("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public String getCurrentUrl() {
        return (String) call("function() { return location.href; }", null);
    }

    @Override
    public String getTitle() {
        return (String) call("function() { return document.title; }", null);
    }

    @Override
    public List<WebElement> findElements(By by) {
        return find(by, null);
    }

    @Override
    public WebElement findElement(By by) {
        return findOne(by, null);
    }

    @Override
    public String getPageSource() {
        return (String) call("function() { return document.documentElement.outerHTML; }", null);
    }

    @Override
    public Object executeScript(String script, Object... args) {
        return call("function() { " + script + "\n}", null, args);
    }

    @Override
    public Object executeAsyncScript(String script, Object... args) {
        throw new UnsupportedOperationException("executeAsyncScript");
    }

    @Override
    public <X> X getScreenshotAs(OutputType<X> target) {
        Map<String, Object> shot = command("browsingContext.captureScreenshot",
                Map.of("context", context, "origin", "viewport"));
        return target.convertFromBase64Png((String) shot.get("data"));
    }

    @Override
    public void close() {
        quit();
    }

    /** Ends the session, closes the browser and waits for it to exit (ending it, and only it, if it lingers). */
    @Override
    public void quit() {
        try {
            bidi.send(new Command<>("browser.close", Map.of(), Map.class), Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            // the browser may close the socket before answering; it is stopped below either way
        } finally {
            // the socket itself (BiDi.close() would end a session the closed browser has already ended)
            connection.close();
            stop(process);
        }
    }

    private static void stop(Process process) {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Set<String> getWindowHandles() {
        return new LinkedHashSet<>(List.of(context));
    }

    @Override
    public String getWindowHandle() {
        return context;
    }

    @Override
    public TargetLocator switchTo() {
        return new Locator();
    }

    @Override
    public Navigation navigate() {
        return new History();
    }

    @Override
    public Options manage() {
        return new Manage();
    }

    /** Only the focused element ({@code document.activeElement}) is supported. */
    private final class Locator implements TargetLocator {
        @Override
        public WebElement activeElement() {
            return (WebElement) call("function() { return document.activeElement; }", null);
        }

        @Override
        public WebDriver frame(int index) {
            throw new UnsupportedOperationException("frames");
        }

        @Override
        public WebDriver frame(String nameOrId) {
            throw new UnsupportedOperationException("frames");
        }

        @Override
        public WebDriver frame(WebElement frameElement) {
            throw new UnsupportedOperationException("frames");
        }

        @Override
        public WebDriver defaultContent() {
            return Firefox.this;
        }

        @Override
        public WebDriver parentFrame() {
            throw new UnsupportedOperationException("frames");
        }

        @Override
        public WebDriver window(String nameOrHandle) {
            throw new UnsupportedOperationException("windows");
        }

        @Override
        public WebDriver newWindow(WindowType typeHint) {
            throw new UnsupportedOperationException("windows");
        }

        @Override
        public Alert alert() {
            throw new UnsupportedOperationException("alerts");
        }
    }

    /** Loading, reloading and the tab's history. */
    private final class History implements Navigation {
        @Override
        public void back() {
            command("browsingContext.traverseHistory", Map.of("context", context, "delta", -1));
        }

        @Override
        public void forward() {
            command("browsingContext.traverseHistory", Map.of("context", context, "delta", 1));
        }

        @Override
        public void to(String url) {
            get(url);
        }

        @Override
        public void to(URL url) {
            get(url.toString());
        }

        @Override
        public void refresh() {
            command("browsingContext.reload", Map.of("context", context, "wait", "complete"));
        }
    }

    /** Only the console ({@code logs().get("browser")}, from {@code log.entryAdded} events) is supported. */
    private final class Manage implements Options {
        @Override
        public Logs logs() {
            return new Logs() {
                @Override
                public LogEntries get(String logType) {
                    List<LogEntry> entries = new ArrayList<>();
                    for (LogEntry entry = console.poll(); entry != null; entry = console.poll()) {
                        entries.add(entry);
                    }
                    return new LogEntries(entries);
                }

                @Override
                public Set<String> getAvailableLogTypes() {
                    return Set.of("browser");
                }
            };
        }

        @Override
        public void addCookie(Cookie cookie) {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public void deleteCookieNamed(String name) {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public void deleteCookie(Cookie cookie) {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public void deleteAllCookies() {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public Set<Cookie> getCookies() {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public Cookie getCookieNamed(String name) {
            throw new UnsupportedOperationException("cookies");
        }

        @Override
        public Timeouts timeouts() {
            throw new UnsupportedOperationException("timeouts");
        }

        @Override
        public Window window() {
            throw new UnsupportedOperationException("window");
        }
    }
}

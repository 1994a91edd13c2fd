package org.daftar.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees in Chromium: logging in, Hindi and English, the lockout, a new user's first
 * login, an API token, and WCAG 2.1 AA on the login and home pages.
 * <p>
 * The database is shared with the other suites and survives between runs, so every scenario
 * creates what it changes (login IDs and employee codes carry the run's time stamp) and reads the
 * language it is shown from the page: people's preferred language is remembered per person.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final long STAMP = System.currentTimeMillis() / 1000;
    /** Unique per run; login IDs must start with a small letter. */
    private static final String RUN = Long.toString(STAMP, 36);
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final String FIRST_PASSWORD = "First-Pass-2026";

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    /** A failed scenario leaves a screenshot and the page source beside the README screenshots. */
    @RegisterExtension
    static final TestWatcher EVIDENCE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                screenshot(name + ".png");
                Files.writeString(screenshots().resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | WebDriverException e) {
                System.err.println("Could not keep the evidence of the failure: " + e);
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("daftar-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        // with an explicit driver, Selenium Manager has nothing to look for and downloads nothing
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a full page load replaces the elements being looked at: look again rather than fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void freshSession() {
        open("login.xhtml");
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        waitForElement("login:submit");
    }

    // --- scenarios ---------------------------------------------------------------------------------

    @Test
    void clerkLogsInSwitchesToHindiAndSeesTheHindiMenu() throws IOException {
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("index.xhtml");
        assertThat(heading()).isEqualTo(text("home.title"));

        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertThat(pageLanguage()).isEqualTo("en");

        clickAndLoad("topbar:lang-hi");
        waitForText("मेरी डेस्क");
        assertThat(pageLanguage()).isEqualTo("hi");
        assertThat(menuText()).contains("मेरी डेस्क", "एपीआई टोकन", "पासवर्ड बदलें").doesNotContain("My desk", "Change password");
        assertThat(heading()).isEqualTo("मेरी डेस्क");
        assertThat(browser.findElement(By.className("topbar")).getText()).contains("सहायक ग्रेड-2", "लॉग आउट");
        screenshot("home-hi.png");

        logOut();
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        assertThat(pageLanguage()).as("the language is remembered for the person").isEqualTo("hi");
        assertThat(menuText()).contains("मेरी डेस्क");

        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(menuText()).contains("My desk", "API tokens", "Change password").doesNotContain("मेरी डेस्क");
        screenshot("home-en.png");
        logOut();
    }

    @Test
    void wrongPasswordShowsTheMessage() {
        for (String language : List.of("en", "hi")) {
            clickAndLoad("lang:lang-" + language);
            assertThat(pageLanguage()).isEqualTo(language);
            typeLogin("collector", "not-my-password");
            waitForMessage("login.invalid");
            assertThat(browser.getCurrentUrl()).contains("login.xhtml");
            assertThat(value("login:loginId")).as("the login ID stays typed").isEqualTo("collector");
            assertThat(value("login:password")).as("the password is not sent back").isEmpty();
        }
        // the right password still gets in (and clears the count of failures for the next run)
        typeLogin("collector", Deployments.DEMO_PASSWORD);
        waitForElement("logout");
    }

    @Test
    void sixthAttemptIsLockedAndTheUserIsToldSo() {
        String login = createUser("bt.lock." + RUN, "Lalit Kurre", "ललित कुर्रे", "EDU");

        for (int attempt = 1; attempt <= 5; attempt++) {
            typeLogin(login, "wrong-password-" + attempt);
            // the fifth failure in a row is the one that locks
            waitForMessage(attempt < 5 ? "login.invalid" : "login.locked");
        }
        typeLogin(login, FIRST_PASSWORD);
        waitForMessage("login.locked");
        assertThat(messagesText()).containsAnyOf("लॉक", "locked");
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");

        logIn("admin", Deployments.DEMO_PASSWORD);
        openUserAsAdmin(login);
        assertThat(userRow(login)).as("the administrator sees the lock").contains(text("user.locked"));
        click("history:unlock");
        waitForMessage("admin.user.unlocked");
        wait.until(d -> userRow(login).contains(text("common.active")));
        logOut();

        typeLogin(login, FIRST_PASSWORD);
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
    }

    @Test
    void adminCreatesAUserWhoMustChangeThePasswordAtFirstLogin() {
        String login = "bt.new." + RUN;
        logIn("admin", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-users");
        assertThat(heading()).isEqualTo(text("nav.users"));

        click("list:new");
        String post = fillUserForm(login, "Sarita Netam", "सरिता नेताम", "LR-SUR");
        tickRole("OFFICER");
        type("edit:mobile", "12345");
        click("edit:save");
        waitForFieldMessage("edit:mobile", "user.mobile.invalid");
        assertThat(value("edit:nameHi")).as("what was typed is kept").isEqualTo("सरिता नेताम");
        assertThat(value("edit:nameEn")).isEqualTo("Sarita Netam");
        assertThat(value("edit:loginId")).isEqualTo(login);
        assertThat(value("edit:mobile")).isEqualTo("12345");
        assertThat(value("edit:primaryPost_input")).startsWith(post);
        assertThat(roleBox("OFFICER").isSelected()).isTrue();

        type("edit:mobile", "9826" + String.format("%06d", STAMP % 1_000_000));
        click("edit:save");
        waitForMessage("admin.user.created");
        // the saved user is shown for changes: fixed login, the roles ticked, the post in the history
        wait.until(d -> !d.findElement(By.id("edit:loginId")).isEnabled());
        assertThat(roleBox("OFFICER").isSelected()).isTrue();
        assertThat(roleBox("STAFF").isSelected()).isTrue();
        assertThat(browser.findElement(By.id("history:assignments")).getText()).contains(post);
        assertThat(userRow(login)).contains(login);

        click("list:new");
        fillUserForm(login, "Sarita Netam", "सरिता नेताम", "LR-SUR");
        click("edit:save");
        waitForMessage("user.login.taken", login);
        assertThat(value("edit:loginId")).as("what was typed is kept").isEqualTo(login);
        assertThat(value("edit:nameEn")).isEqualTo("Sarita Netam");
        assertThat(value("edit:nameHi")).isEqualTo("सरिता नेताम");
        logOut();

        typeLogin(login, FIRST_PASSWORD);
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
        waitForMessage("password.mustChange");
        open("index.xhtml");
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
        assertThat(heading()).as("redirected back to change the password").isEqualTo(text("password.title"));

        type("password:current", FIRST_PASSWORD);
        type("password:next", login);
        type("password:repeat", login);
        clickAndLoad("password:save");
        waitForMessage("password.isLogin");

        type("password:current", FIRST_PASSWORD);
        type("password:next", "My-Own-Pass-42");
        type("password:repeat", "My-Own-Pass-42");
        clickAndLoad("password:save");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        waitForMessage("password.changed");
        assertThat(heading()).isEqualTo(text("home.title"));
        assertThat(menuText()).contains(text("nav.home"));

        logOut();
        logIn(login, "My-Own-Pass-42");
        assertThat(browser.getCurrentUrl()).as("no second detour once changed").contains("index.xhtml");
    }

    @Test
    void officerCreatesAnApiTokenUsesItWithoutAPasswordAndRevokesIt() throws Exception {
        logIn("collector", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-tokens");
        type("tokens:label", "Tehsil MIS " + RUN);
        click("tokens:create");
        waitForMessage("token.created");
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token"))).getText().strip();
        assertThat(token).startsWith("dft_");

        assertThat(apiStatus("Bearer " + token)).isEqualTo(200);
        assertThat(apiStatus("Bearer " + token + "x")).isEqualTo(401);

        WebElement row = browser.findElements(By.cssSelector("[id='tokens:list_data'] tr")).stream()
                .filter(r -> r.getText().contains("Tehsil MIS " + RUN)).findFirst().orElseThrow();
        row.findElement(By.tagName("button")).click();
        settle();
        waitForMessage("token.revoked");
        assertThat(apiStatus("Bearer " + token)).as("a revoked token no longer works").isEqualTo(401);
    }

    @Test
    void loginAndHomePagesHaveNoWcagAaViolations() throws IOException {
        String axe = Files.readString(axeScript(), StandardCharsets.UTF_8);
        clickAndLoad("lang:lang-hi");
        assertNoViolations(axe, "login page (hi)");
        clickAndLoad("lang:lang-en");
        assertNoViolations(axe, "login page (en)");

        // the administrator's home page has the most on it: the administration menu as well
        logIn("admin", Deployments.DEMO_PASSWORD);
        clickAndLoad("topbar:lang-hi");
        waitForText("मेरी डेस्क");
        assertNoViolations(axe, "home page (hi)");
        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertNoViolations(axe, "home page (en)");
    }

    // --- accessibility -----------------------------------------------------------------------------

    private static Path axeScript() {
        Path configured = Path.of(System.getProperty("axe.script", "target/test-tools/node_modules/axe-core/axe.min.js"));
        Path[] candidates = {configured, Path.of("../.test-tools/node_modules/axe-core/axe.min.js")};
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new AssertionError("axe-core not found at " + configured.toAbsolutePath() + ": run scripts/ensure-test-tools.sh");
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolations(String axe, String page) {
        settle();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe); // a DevTools evaluation, not an inline script: the page's CSP allows it
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 5).map(n => ({target: n.target, html: n.html}))}))}))"
                        + ".catch(e => done({violations: [{id: 'axe-error', impact: String(e), help: '', nodes: []}]}));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        StringBuilder report = new StringBuilder();
        for (Map<String, Object> v : violations) {
            report.append("  ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
                    .append(v.get("help")).append('\n');
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                report.append("      ").append(node.get("target")).append("  ").append(node.get("html")).append('\n');
            }
        }
        if (!violations.isEmpty()) {
            System.out.printf("WCAG 2.1 AA violations on %s:%n%s", page, report);
        }
        assertThat(violations).as("WCAG 2.1 AA violations on %s:%n%s", page, report).isEmpty();
    }

    // --- the administrator's Users page ------------------------------------------------------------

    /** Creates a user as the administrator and logs out again; returns the login ID. */
    private String createUser(String login, String nameEn, String nameHi, String postSearch) {
        logIn("admin", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-users");
        click("list:new");
        fillUserForm(login, nameEn, nameHi, postSearch);
        click("edit:save");
        waitForMessage("admin.user.created");
        logOut();
        return login;
    }

    /** Fills the new-user form; returns the code of the post picked from the suggestions. */
    private String fillUserForm(String login, String nameEn, String nameHi, String postSearch) {
        type("edit:loginId", login);
        type("edit:employeeCode", String.format("BT%07d%d", STAMP % 10_000_000, CODES.getAndIncrement() % 10));
        type("edit:nameEn", nameEn);
        type("edit:nameHi", nameHi);
        type("edit:email", login + "@bsp.cg.gov.in");
        type("edit:primaryPost_input", postSearch);
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item")));
        String label = suggestion.getText();
        suggestion.click();
        settle();
        wait.until(d -> value("edit:primaryPost_input").equals(label));
        type("edit:initialPassword", FIRST_PASSWORD);
        return label.split(" ")[0];
    }

    private WebElement roleBox(String role) {
        String label = text("role." + role);
        WebElement forRole = browser.findElements(By.cssSelector("[id='edit:roles'] label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no role checkbox labelled " + label));
        return browser.findElement(By.id(forRole.getAttribute("for")));
    }

    private void tickRole(String role) {
        String label = text("role." + role);
        if (!roleBox(role).isSelected()) {
            browser.findElements(By.cssSelector("[id='edit:roles'] label")).stream()
                    .filter(l -> l.getText().strip().equals(label)).findFirst().orElseThrow().click();
        }
        wait.until(d -> roleBox(role).isSelected());
    }

    private void openUserAsAdmin(String login) {
        clickAndLoad("m-users");
        type("list:search", login);
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='list:users_data'] tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(login);
        });
        settle();
        browser.findElement(By.cssSelector("[id='list:users_data'] tr button")).click();
        settle();
        wait.until(ExpectedConditions.attributeToBe(By.id("edit:loginId"), "value", login));
    }

    private String userRow(String login) {
        return browser.findElements(By.cssSelector("[id='list:users_data'] tr")).stream()
                .map(WebElement::getText).filter(t -> t.contains(login)).findFirst().orElse("");
    }

    // --- logging in and out ------------------------------------------------------------------------

    private void logIn(String login, String password) {
        open("login.xhtml");
        typeLogin(login, password);
        waitForElement("logout");
    }

    private void typeLogin(String login, String password) {
        type("login:loginId", login);
        type("login:password", password);
        clickAndLoad("login:submit");
    }

    private void logOut() {
        clickAndLoad("logout");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        waitForMessage("login.loggedOut");
    }

    private int apiStatus(String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address("api/v1/me")))
                .header("Authorization", authorization).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // --- driving the page --------------------------------------------------------------------------

    /**
     * Arquillian hands out the machine's address; the browser talks to the server over loopback,
     * which Chromium treats as a secure context like the HTTPS of a real installation.
     */
    private String address(String path) {
        return "http://localhost:" + base.getPort() + base.getPath() + path;
    }

    private void open(String path) {
        browser.get(address(path));
        settle();
    }

    /** Clicks something that answers with Ajax and waits until PrimeFaces has nothing in flight. */
    private void click(String id) {
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        settle();
    }

    /** Clicks something that loads a new page and waits until the new page is there. */
    private void clickAndLoad(String id) {
        settle();
        WebElement oldPage = browser.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        wait.until(d -> isGone(oldPage));
        settle();
    }

    /** Chromium reports an element of a replaced page as stale, or, mid-navigation, as not in the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    private static void settle() {
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);"));
            } catch (org.openqa.selenium.JavascriptException e) {
                return false; // the page was being replaced while the script ran: ask again
            }
        });
    }

    private void type(String id, String text) {
        settle();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private WebElement waitForElement(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    // --- what the page says ------------------------------------------------------------------------

    private static String pageLanguage() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The text of a message key in the language the page is shown in, from the application's own bundles. */
    private static String text(String key, Object... args) {
        Locale locale = Locale.forLanguageTag(pageLanguage());
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String bundle : List.of("org.daftar.web.messages", "ValidationMessages")) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, exact).getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        throw new AssertionError("no text for " + key + " in " + locale);
    }

    /** Waits for a message; for one with a time in it ({0}), for the part before the time. */
    private void waitForMessage(String key, Object... args) {
        String[] expected = new String[1];
        try {
            wait.until(d -> {
                String t = text(key, args);
                expected[0] = t.contains("{0}") ? t.substring(0, t.indexOf("{0}")) : t;
                return pageText().contains(expected[0]);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + expected[0] + "\" (" + key + ") not shown on " + browser.getCurrentUrl()
                    + "; the page says:\n" + pageText(), e);
        }
    }

    /** A message next to a field (PrimeFaces renders it in the element with the id {@code <field>} + "_message"? no: by for=). */
    private void waitForFieldMessage(String fieldId, String key) {
        waitForMessage(key);
        String fieldMessage = browser.findElement(By.cssSelector("[id='" + fieldId + "'] ~ .ui-message")).getText();
        assertThat(fieldMessage).as("the message stands next to the field").contains(text(key));
        assertThat(browser.findElement(By.id(fieldId)).getAttribute("aria-invalid")).isEqualTo("true");
    }

    private void waitForText(String text) {
        try {
            wait.until(d -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" not shown on " + browser.getCurrentUrl() + "; the page says:\n" + pageText(), e);
        }
    }

    private static String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText().strip();
    }

    private static String messagesText() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static String menuText() {
        return browser.findElement(By.className("sidebar")).getText();
    }

    // --- screenshots -------------------------------------------------------------------------------

    private static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("daftar.screenshots", "target/screenshots")));
    }

    /** Waits for the web fonts (Noto Sans Devanagari is served by the app) so the picture shows real glyphs. */
    private static void screenshot(String name) throws IOException {
        Object fontsReady = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(() => done(document.fonts.status === 'loaded'));");
        assertThat(fontsReady).isEqualTo(Boolean.TRUE);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}

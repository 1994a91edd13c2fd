package org.daftar.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time-limit meeting's clock across restarts, on the real uber-jar as an administrator runs it:
 * the collector gives three instructions to two departments due in two working days (a holiday
 * between), Treasury complies and is accepted, Land Records misses; the server is stopped, and
 * started again past the deadline with {@code DAFTAR_CLOCK_OFFSET} — as a trainer would — so the
 * deadline passed while nothing was polling. Exactly one escalation reaches Land Records' head, by
 * e-mail too; the collector asks the reason and it is answered; a further restart escalates nothing
 * again and sends no second mail.
 */
class RestartIT {

    private static final String PASSWORD = "Daftar@2026";
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** Department A: the pension clerk of the Treasury. */
    private static final String A = "TRY-PEN-AG2-1";
    /** Department B: the Land Records section officer, reporting to the head of Land Records. */
    private static final String B = "LR-LR-SO";
    private static final String B_HEAD = "LR-HOD";
    private static final String B_HEAD_MAIL = "hod.revenue@bsp.cg.gov.in";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Path data = Path.of("target", "restart-it");
    private GreenMail mail;
    private Process server;
    private String base;

    @AfterEach
    void stopEverything() throws Exception {
        stop();
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aDeadlineThatPassesWhileTheServerIsDownEscalatesExactlyOnceAndOnlyForTheDepartmentThatMissedIt() throws Exception {
        deleteRecursively(data);
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        LocalDate today = LocalDate.now(INDIA);

        start(null);
        // the first calendar day after today is not a working day: a holiday, if not a weekly off already
        JsonObject holiday = Json.createObjectBuilder().add("date", today.plusDays(1).toString())
                .add("nameEn", "Restart check holiday").add("nameHi", "पुनः आरंभ जाँच अवकाश").add("kind", "LOCAL").build();
        HttpResponse<String> added = send("admin", "POST", "api/v1/holidays", holiday.toString());
        assertThat(added.statusCode()).as(added.body()).isIn(201, 409, 400);

        JsonObject meeting = json(expect(201, send("collector", "POST", "api/v1/meetings",
                "{\"date\":\"" + today + "\",\"type\":\"TIME_LIMIT\",\"title\":\"समय-सीमा बैठक " + today + "\"}")));
        String instruct = "api/v1/meetings/" + meeting.getJsonNumber("id").longValue() + "/instructions";
        JsonObject first = json(expect(201, send("collector", "POST", instruct, instruction("पेंशन प्रकरण भेजें", A))));
        JsonObject second = json(expect(201, send("collector", "POST", instruct, instruction("कोषालय देयक निपटाएँ", A))));
        JsonObject third = json(expect(201, send("collector", "POST", instruct, instruction("नामांतरण प्रकरण निपटाएँ", B))));
        LocalDate deadline = LocalDate.parse(third.getString("deadline"));
        assertThat(deadline).as("two working days, the holiday not counted").isAfter(today.plusDays(2));

        for (JsonObject i : List.of(first, second)) {
            long id = i.getJsonNumber("id").longValue();
            expect(200, send("clerk.pension", "POST", "api/v1/instructions/" + id + "/compliance",
                    "{\"text\":\"प्रकरण भेज दिया गया है।\"}"));
            expect(200, send("collector", "POST", "api/v1/instructions/" + id + "/accept", "{\"assignee\":\"" + A + "\"}"));
        }
        long missed = third.getJsonNumber("id").longValue();
        JsonObject escalation = ladder(missed).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("ESCALATE")).findFirst().orElseThrow();
        assertThat(escalation.getString("target")).isEqualTo(B_HEAD);
        LocalDate escalatesOn = LocalDate.parse(escalation.getString("dueOn"));
        assertThat(escalatesOn).isAfter(deadline);
        stop();

        // down over the deadline; up again on the day the first rung is due, before any poll has run
        String offset = "P" + ChronoUnit.DAYS.between(today, escalatesOn) + "D";
        start(offset);
        waitFor(Duration.ofSeconds(150), () -> escalations(missed) > 0);
        assertThat(escalations(missed)).isEqualTo(1);
        assertThat(view(missed).getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("ESCALATED")).map(e -> e.getString("text")))
                .containsExactly(B_HEAD);
        for (JsonObject complied : List.of(first, second)) {
            assertThat(escalations(complied.getJsonNumber("id").longValue())).as("complied and accepted").isZero();
        }
        waitFor(Duration.ofSeconds(90), () -> mailsAbout(third.getString("number"), B_HEAD_MAIL) > 0);
        assertThat(mailsAbout(third.getString("number"), B_HEAD_MAIL)).isEqualTo(1);
        assertThat(mailsAbout(first.getString("number"), B_HEAD_MAIL)).isZero();

        expect(200, send("collector", "POST", "api/v1/instructions/" + missed + "/ask-reason", "{\"assignee\":\"" + B + "\"}"));
        expect(200, send("so.landrecords", "POST", "api/v1/instructions/" + missed + "/reason",
                "{\"text\":\"पटवारी प्रशिक्षण में थे; सोमवार तक निराकरण होगा।\"}"));
        stop();

        // up again on the same day: the minute poller runs, nothing fires or mails twice (other mail may
        // go out meanwhile — the 09:00 digest, a notice queued before the stop — so the mails about the
        // instructions are counted, not every mail)
        start(offset);
        Thread.sleep(Duration.ofSeconds(70).toMillis());
        assertThat(escalations(missed)).isEqualTo(1);
        assertThat(mailsAbout(third.getString("number"), B_HEAD_MAIL)).isEqualTo(1);
        for (JsonObject complied : List.of(first, second)) {
            assertThat(mailsAbout(complied.getString("number"), B_HEAD_MAIL)).isZero();
        }
        JsonObject part = view(missed).getJsonArray("assignments").getJsonObject(0);
        assertThat(part.getBoolean("reasonAsked")).isTrue();
        assertThat(part.getString("reason")).startsWith("पटवारी प्रशिक्षण में थे");
        assertThat(part.getString("standing")).isEqualTo("OVERDUE");
    }

    // --- the server as a process ----------------------------------------------------------------

    private void start(String clockOffset) throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Kolkata", "-Dfile.encoding=UTF-8", "-Xmx768m",
                "-jar", System.getProperty("daftar.jar"), "--port", String.valueOf(port), "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("restart-it.log").toFile()));
        pb.environment().put("DAFTAR_DATA", data.toAbsolutePath().toString());
        pb.environment().put("DAFTAR_DEMO", "true");
        pb.environment().put("DAFTAR_SMTP_HOST", "127.0.0.1");
        pb.environment().put("DAFTAR_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        pb.environment().put("DAFTAR_MAIL_FROM", "daftar@bsp.cg.gov.in");
        if (clockOffset == null) {
            pb.environment().remove("DAFTAR_CLOCK_OFFSET");
        } else {
            pb.environment().put("DAFTAR_CLOCK_OFFSET", clockOffset);
        }
        Files.createDirectories(data);
        server = pb.start();
        base = "http://127.0.0.1:" + port + "/";
        waitFor(Duration.ofSeconds(240), () -> {
            assertThat(server.isAlive()).as("the server died while starting; see target/restart-it.log").isTrue();
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        server = null;
    }

    // --- reading the application ----------------------------------------------------------------

    private JsonObject view(long instructionId) throws Exception {
        return json(expect(200, send("collector", "GET", "api/v1/instructions/" + instructionId, null)));
    }

    private JsonArray ladder(long instructionId) throws Exception {
        return view(instructionId).getJsonArray("ladder");
    }

    private long escalations(long instructionId) {
        try {
            return view(instructionId).getJsonArray("events").stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("kind").equals("ESCALATED")).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long mailsAbout(String instructionNumber, String to) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))
                        && ((MimeMessage) m).getSubject().contains(instructionNumber);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static String instruction(String text, String assignee) {
        return Json.createObjectBuilder().add("text", text).add("assignees", Json.createArrayBuilder().add(assignee))
                .add("workingDays", 2).build().toString();
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String expect(int status, HttpResponse<String> r) {
        assertThat(r.statusCode()).as("%s %s", r.request().uri(), r.body()).isEqualTo(status);
        return r.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(until);
            Thread.sleep(1000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

package org.daftar.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-File API over HTTP on a real Payara Micro with the built WAR and the demo district: a
 * letter's way from the diarist's desk into a file and across departments, the refusals on the
 * way (in Hindi too), and fifty people's worth of simultaneous sends of one file of which exactly
 * one may win. The database persists between runs, so every subject is unique.
 */
@ExtendWith(ArquillianExtension.class)
class EFileIT {

    private static final String CLERK = "clerk.landrecords";
    private static final String SO = "so.landrecords";
    private static final String HOD = "hod.revenue";
    private static final String PENSION_CLERK = "clerk.pension";
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();

    // --- (a) the journey of a letter --------------------------------------------------------------

    @Test
    @RunAsClient
    void aLetterIsDiarisedFiledNotedSentAcrossDepartmentsAndClosed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);

        // the clerk diarises a letter: the sender as an object ...
        Res receipt = post(CLERK, "api/v1/receipts", """
                {"subject": "Mutation application of Ramesh Sahu, khasra 112/3 (%s)",
                 "sender": {"name": "Ramesh Sahu", "designation": "Applicant", "organisation": "Village Lingiyadih",
                            "address": "Ward 4, Lingiyadih, Bilaspur"},
                 "mode": "BY_HAND", "category": "REVENUE_CASE", "priority": "IMMEDIATE",
                 "letterNumber": "NIL", "letterDate": "2026-01-02", "receivedOn": null}
                """.formatted(run));
        assertThat(receipt.status).as(receipt.body()).isEqualTo(201);
        assertThat(receipt.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/receipts/"));
        Map<String, Object> r = receipt.object();
        long receiptId = num(r.get("id"));
        assertThat((String) r.get("number")).matches("^LR/\\d+/20\\d\\d$");
        assertThat(r.get("holder")).isEqualTo("LR-LR-AG2-1");

        // ... or simply as a name
        Res plain = post(CLERK, "api/v1/receipts", """
                {"subject": "Copy of a sale deed (%s)", "sender": "Sub-Registrar Bilaspur"}""".formatted(run));
        assertThat(plain.status).as(plain.body()).isEqualTo(201);
        assertThat(get(CLERK, "api/v1/receipts/" + num(plain.object().get("id"))).body()).contains("Sub-Registrar Bilaspur");

        // a real PDF is attached; a program renamed .pdf and an empty file are refused with a message
        byte[] pdf = pdf("Application of Ramesh Sahu " + run);
        Res doc = upload(CLERK, "api/v1/receipts/" + receiptId + "/documents", "application.pdf", pdf, null);
        assertThat(doc.status).as(doc.body()).isEqualTo(201);
        Map<String, Object> d = doc.object();
        assertThat(d.get("fileName")).isEqualTo("application.pdf");
        assertThat(d.get("mediaType")).isEqualTo("application/pdf");
        assertThat(num(d.get("size"))).isEqualTo(pdf.length);
        assertThat(d.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        long documentId = num(d.get("id"));

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        Res disguised = upload(CLERK, "api/v1/receipts/" + receiptId + "/documents", "order.pdf", exe, null);
        assertThat(disguised.status).as(disguised.body()).isEqualTo(400);
        assertThat(disguised.object().get("code")).isEqualTo("upload.type");
        assertThat((String) disguised.object().get("message")).contains("PDF");
        Res empty = upload(CLERK, "api/v1/receipts/" + receiptId + "/documents", "blank.pdf", new byte[0], null);
        assertThat(empty.status).as(empty.body()).isEqualTo(400);
        assertThat(empty.object().get("code")).isEqualTo("upload.empty");
        assertThat((String) empty.object().get("message")).isNotBlank();

        // the document comes back as it was stored, inline, with its checked type and nosniff
        Res bytes = call("GET", CLERK, "api/v1/documents/" + documentId, null, null, Map.of());
        assertThat(bytes.status).isEqualTo(200);
        assertThat(bytes.raw).isEqualTo(pdf);
        assertThat(bytes.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(bytes.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(bytes.header("Content-Disposition")).hasValueSatisfying(c -> assertThat(c)
                .startsWith("inline;").contains("filename=\"application.pdf\""));

        // a file under the mutation head, starting from the receipt
        Res created = post(CLERK, "api/v1/files", """
                {"subject": "Mutation of khasra 112/3, Lingiyadih (%s)", "subjectHead": "12-3",
                 "category": "REVENUE_CASE", "priority": "MOST_IMMEDIATE", "confidential": false,
                 "receiptIds": [%d]}""".formatted(run, receiptId));
        assertThat(created.status).as(created.body()).isEqualTo(201);
        long fileId = num(created.object().get("id"));
        String fileNumber = (String) created.object().get("number");
        assertThat(fileNumber).matches("^LR/LR/12-3/\\d{4}/20\\d\\d$");
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/files/" + fileId));
        Map<String, Object> receiptNow = get(CLERK, "api/v1/receipts/" + receiptId).object();
        assertThat(receiptNow.get("fileNumber")).isEqualTo(fileNumber);
        assertThat(map(receiptNow.get("item")).get("status")).isEqualTo("FILED");

        // a note with script in it is kept without the script; a second draft is written and deleted
        Res note = post(CLERK, "api/v1/files/" + fileId + "/notes",
                "{\"text\": \"<p>Mutation may be allowed.<script>alert(1)</script><b>bold</b></p>\"}");
        assertThat(note.status).as(note.body()).isEqualTo(201);
        long noteId = num(note.object().get("id"));
        assertThat((String) note.object().get("body")).contains("<b>bold</b>").doesNotContain("script").doesNotContain("alert");
        Res edited = call("PUT", CLERK, "api/v1/files/" + fileId + "/notes/" + noteId, "application/json",
                "{\"text\": \"<p>Mutation may be allowed as applied. <b>bold</b></p>\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(edited.status).as(edited.body()).isEqualTo(200);
        Res second = post(CLERK, "api/v1/files/" + fileId + "/notes", "{\"text\": \"a slip of the pen\"}");
        assertThat(second.status).isEqualTo(201);
        assertThat(call("DELETE", CLERK, "api/v1/files/" + fileId + "/notes/" + num(second.object().get("id")), null, null,
                Map.of()).status).isEqualTo(204);
        Res fileDoc = upload(CLERK, "api/v1/files/" + fileId + "/documents", "spot-report.pdf", pdf("Spot report " + run),
                "Patwari's spot report");
        assertThat(fileDoc.status).as(fileDoc.body()).isEqualTo(201);
        assertThat(fileDoc.object().get("title")).isEqualTo("Patwari's spot report");

        // sent to the section officer
        Res sent = move(CLERK, "files", fileId, "SEND", "LR-LR-SO", 1, null);
        assertThat(sent.status).as(sent.body()).isEqualTo(201);
        assertThat(sent.object()).containsEntry("action", "SEND").containsEntry("fromPost", "LR-LR-AG2-1")
                .containsEntry("toPost", "LR-LR-SO");
        assertThat(num(sent.object().get("seq"))).isEqualTo(2);
        assertThat(sent.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/files/" + fileId + "/track"));
        assertThat(sent.object().get("at")).isNotNull();

        // the section officer finds it at the top of the inbox, unread, from the clerk
        Res inbox = get(SO, "api/v1/inbox?page=0&size=50");
        assertThat(inbox.status).as(inbox.body()).isEqualTo(200);
        List<Object> items = list(inbox.object().get("items"));
        Map<String, Object> mine = items.stream().map(EFileIT::map).filter(i -> num(i.get("id")) == fileId).findFirst()
                .orElseThrow(() -> new AssertionError("not in the inbox: " + inbox.body()));
        assertThat(mine).containsEntry("number", fileNumber).containsEntry("fromCode", "LR-LR-AG2-1")
                .containsEntry("opened", false).containsEntry("priority", "MOST_IMMEDIATE");
        // most urgent first: nothing of lower priority comes before it
        assertThat(items.subList(0, items.indexOf(mine)).stream().map(EFileIT::map))
                .allSatisfy(i -> assertThat(i.get("priority")).isEqualTo("MOST_IMMEDIATE"));
        Map<String, Object> counts = get(SO, "api/v1/inbox/counts").object();
        assertThat(num(counts.get("inbox"))).isPositive();
        assertThat(num(counts.get("unread"))).isPositive();
        assertThat(get(SO, "api/v1/inbox?tab=SENT&post=LR-MUT-SO").status).isEqualTo(200);
        assertThat(get(SO, "api/v1/inbox?tab=NOWHERE").status).isEqualTo(400);

        // opens it: the clerk's note is now part of the record; notes and sends it to the Revenue HOD
        Map<String, Object> file = get(SO, "api/v1/files/" + fileId).object();
        assertThat(list(file.get("notes"))).singleElement().satisfies(n -> assertThat(map(n))
                .containsEntry("permanent", true).containsEntry("mayEdit", false));
        assertThat(list(file.get("correspondence"))).hasSize(2);
        assertThat(post(SO, "api/v1/files/" + fileId + "/notes", "{\"text\": \"Forwarded for orders.\"}").status)
                .isEqualTo(201);
        Res toHod = move(SO, "files", fileId, "SEND", "REV-HOD", null, "for orders");
        assertThat(toHod.status).as(toHod.body()).isEqualTo(201);
        assertThat(num(toHod.object().get("seq"))).isEqualTo(3);

        // the clerk's note cannot be changed any more
        Res late = call("PUT", CLERK, "api/v1/files/" + fileId + "/notes/" + noteId, "application/json",
                "{\"text\": \"changed afterwards\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(late.status).as(late.body()).isIn(403, 409);

        // the track: who held it, in order, and for how long
        Res track = get(CLERK, "api/v1/files/" + fileId + "/track");
        assertThat(track.status).as(track.body()).isEqualTo(200);
        List<Map<String, Object>> steps = list(track.array()).stream().map(EFileIT::map).toList();
        assertThat(steps).extracting(s -> num(s.get("seq"))).containsExactly(1L, 2L, 3L);
        assertThat(steps).extracting(s -> s.get("toPost")).containsExactly("LR-LR-AG2-1", "LR-LR-SO", "REV-HOD");
        assertThat(steps).extracting(s -> s.get("action")).containsExactly("CREATE", "SEND", "SEND");
        assertThat(steps).allSatisfy(s -> assertThat(s).containsKeys("heldWorkingDays", "heldWorkingHours", "at", "current"));
        assertThat(steps.get(2)).containsEntry("current", true).doesNotContainKey("leftAt");
        assertThat(steps.get(0)).containsKey("leftAt").containsEntry("current", false);

        // search: a subject word finds the receipt for those who may open it, and for nobody else
        Res found = get(CLERK, "api/v1/search?q=" + java.net.URLEncoder.encode("mutation " + run, StandardCharsets.UTF_8));
        assertThat(found.status).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("\"id\":" + receiptId);
        Res hidden = get(PENSION_CLERK, "api/v1/search?q=" + java.net.URLEncoder.encode("mutation " + run, StandardCharsets.UTF_8));
        assertThat(hidden.status).as(hidden.body()).isEqualTo(200);
        assertThat(hidden.body()).doesNotContain("\"id\":" + receiptId);

        // someone from another department who never held it may not even read it
        Res stranger = get(PENSION_CLERK, "api/v1/files/" + fileId);
        assertThat(stranger.status).isEqualTo(403);
        assertThat(stranger.object().get("code")).isEqualTo("error.notAllowed");
        assertThat(move(PENSION_CLERK, "files", fileId, "SEND", "TRY-PEN-SO", null, null).status).isEqualTo(403);
        // the clerk held it once: acting on it now is a conflict (it has moved on), not a refusal
        assertThat(move(CLERK, "files", fileId, "SEND", "LR-LR-SO", null, null).status).isEqualTo(409);

        // the HOD opens it: the section officer can no longer pull it back
        assertThat(get(HOD, "api/v1/files/" + fileId).status).isEqualTo(200);
        Res pullBack = move(SO, "files", fileId, "PULL_BACK", null, null, null);
        assertThat(pullBack.status).as(pullBack.body()).isEqualTo(409);
        assertThat(pullBack.object().get("code")).isEqualTo("movement.pullBack.opened");

        // a post that does not exist; a stale expectedSeq
        Res unknown = move(HOD, "files", fileId, "SEND", "NO-SUCH-POST", null, null);
        assertThat(unknown.status).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.object().get("code")).isEqualTo("movement.toPost.unknown");
        assertThat(move(HOD, "files", fileId, "SEND", "GAD-COLLECTOR", 2, null).status).isEqualTo(409);

        // closed, it does not move; the refusal speaks Hindi to who asks in Hindi
        Res closed = move(HOD, "files", fileId, "CLOSE", null, null, "Mutation allowed; order issued.");
        assertThat(closed.status).as(closed.body()).isEqualTo(201);
        Res moveClosed = move(HOD, "files", fileId, "SEND", "GAD-COLLECTOR", null, null);
        assertThat(moveClosed.status).isEqualTo(409);
        assertThat(moveClosed.object().get("code")).isEqualTo("movement.closed");
        assertThat(DEVANAGARI.matcher((String) moveClosed.object().get("message")).find()).isFalse();
        Res hindi = call("POST", HOD, "api/v1/files/" + fileId + "/movements", "application/json",
                "{\"action\": \"SEND\", \"toPost\": \"GAD-COLLECTOR\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Accept-Language", "hi-IN,hi;q=0.9,en;q=0.5"));
        assertThat(hindi.status).isEqualTo(409);
        assertThat(hindi.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
        assertThat((String) hindi.object().get("message")).matches(s -> DEVANAGARI.matcher(s).find(), "Devanagari");
        assertThat(hindi.object().get("messageHi")).isEqualTo(hindi.object().get("message"));

        // a receipt moves on its own too: sent, and pulled back before it was opened
        Res another = post(CLERK, "api/v1/receipts", "{\"subject\": \"Reminder (" + run + ")\", \"sender\": \"Tehsildar\"}");
        long anotherId = num(another.object().get("id"));
        assertThat(move(CLERK, "receipts", anotherId, "SEND", "LR-LR-SO", 1, null).status).isEqualTo(201);
        Res back = move(CLERK, "receipts", anotherId, "PULL_BACK", null, null, "sent by mistake");
        assertThat(back.status).as(back.body()).isEqualTo(201);
        assertThat(back.object()).containsEntry("fromPost", "LR-LR-SO").containsEntry("toPost", "LR-LR-AG2-1");
        assertThat(list(get(CLERK, "api/v1/receipts/" + anotherId + "/track").array()).stream()
                .map(s -> map(s).get("action"))).containsExactly("CREATE", "SEND", "PULL_BACK");
        // search follows the movements: a clerk of another department finds the receipt once it is sent to them
        String reminder = "api/v1/search?q=" + java.net.URLEncoder.encode("reminder " + run, StandardCharsets.UTF_8);
        assertThat(get(PENSION_CLERK, reminder).body()).doesNotContain("\"id\":" + anotherId);
        Res across = move(CLERK, "receipts", anotherId, "SEND", "TRY-PEN-AG2-1", null, null);
        assertThat(across.status).as(across.body()).isEqualTo(201);
        assertThat(get(PENSION_CLERK, reminder).body()).contains("\"id\":" + anotherId);
        // a file id is not a receipt
        assertThat(get(CLERK, "api/v1/receipts/" + fileId + "/track").status).isEqualTo(404);
    }

    // --- the API's edges --------------------------------------------------------------------------

    @Test
    @RunAsClient
    void badInputIsA400InJsonAndThePostDirectoryAndOpenApiAnswer() throws Exception {
        for (String body : List.of("{not json", "{\"subject\": \"x\", \"sender\": \"y\", \"priority\": \"SUPER_URGENT\"}",
                "{\"subject\": \"x\", \"sender\": \"y\", \"letterDate\": \"2026-13-45\"}", "[1, 2]")) {
            Res bad = post(CLERK, "api/v1/receipts", body);
            assertThat(bad.status).as(body + " -> " + bad.body()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
            assertThat(bad.object()).containsKeys("code", "message");
        }
        Res badAction = post(CLERK, "api/v1/files/1/movements", "{\"action\": \"TELEPORT\"}");
        assertThat(badAction.status).as(badAction.body()).isEqualTo(400);
        Res noSubject = post(CLERK, "api/v1/receipts", "{\"sender\": \"y\"}");
        assertThat(noSubject.status).isEqualTo(400);
        assertThat(noSubject.object().get("code")).isEqualTo("item.subject.required");
        Res missing = get(CLERK, "api/v1/files/999999999");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.object().get("code")).isEqualTo("item.notFound");
        assertThat(get(CLERK, "api/v1/documents/999999999").status).isEqualTo(404);
        Res nowhere = get(CLERK, "api/v1/nowhere");
        assertThat(nowhere.status).isEqualTo(404);
        assertThat(nowhere.object().get("code")).isEqualTo("api.notFound");
        Res wrongMethod = call("DELETE", CLERK, "api/v1/posts", null, null, Map.of());
        assertThat(wrongMethod.status).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
        assertThat(wrongMethod.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
        Res notNumber = post(CLERK, "api/v1/receipts", "{\"subject\": \"x\", \"sender\": 42}");
        assertThat(notNumber.status).isEqualTo(400);
        assertThat(notNumber.object().get("code")).isEqualTo("api.sender.invalid");
        Res unknownHead = post(CLERK, "api/v1/files", "{\"subject\": \"x\", \"subjectHead\": \"P-1\"}");
        assertThat(unknownHead.status).isEqualTo(400);
        assertThat(unknownHead.object().get("code")).isEqualTo("file.subjectHead.unknown");

        Res posts = get(CLERK, "api/v1/posts?q=" + "LR-LR");
        assertThat(posts.status).isEqualTo(200);
        assertThat(list(posts.array()).stream().map(EFileIT::map)).anySatisfy(p -> assertThat(p)
                .containsEntry("code", "LR-LR-SO").containsEntry("department", "LR").containsEntry("section", "LR")
                .containsKeys("name", "nameHi"));

        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/v1/receipts", "/v1/files/{id}/movements", "/v1/files/{id}/notes/{noteId}",
                "/v1/inbox", "/v1/documents/{id}", "/v1/posts", "/v1/receipts/{id}/track");
    }

    // --- (c) a draft approved and dispatched by e-mail ---------------------------------------------

    /** The server's mail/daftar session sends to this SMTP server (DAFTAR_SMTP_PORT=3025 in the failsafe set-up). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    /**
     * The letters dispatched by e-mail (their subject carries the dispatch number), not the
     * notifications the mail outbox sends meanwhile for this and other tests' movements.
     */
    private static MimeMessage[] dispatches() throws jakarta.mail.MessagingException {
        List<MimeMessage> letters = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject() != null && m.getSubject().matches("(?s).*\\b[A-Z]+/[A-Z]+/D/\\d{4}/20\\d\\d\\b.*")) {
                letters.add(m);
            }
        }
        return letters.toArray(MimeMessage[]::new);
    }

    @Test
    @RunAsClient
    void aDraftIsApprovedByTheOfficerAndDispatchedByEmailAsAPdf() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Res created = post(CLERK, "api/v1/files", "{\"subject\": \"नामांतरण आदेश की सूचना " + run + "\", \"subjectHead\": \"12-3\"}");
        assertThat(created.status).as(created.body()).isEqualTo(201);
        long fileId = num(created.object().get("id"));

        Res draft = post(CLERK, "api/v1/drafts", """
                {"fileId": %d, "subject": "नामांतरण आदेश की सूचना", "recipients": "श्री रामेश्वर साहू\\nग्राम सेंदरी",
                 "body": "<p>आपका नामांतरण <b>स्वीकृत</b> किया जाता है।</p><script>alert(1)</script>"}""".formatted(fileId));
        assertThat(draft.status).as(draft.body()).isEqualTo(201);
        long draftId = num(draft.object().get("id"));
        Res byClerk = post(CLERK, "api/v1/drafts/" + draftId + "/approval", "");
        assertThat(byClerk.status).as("a clerk may not approve").isEqualTo(403);
        assertThat(byClerk.object().get("code")).isEqualTo("draft.approve.notOfficer");
        assertThat(move(CLERK, "files", fileId, "SEND", "LR-LR-SO", null, "अनुमोदनार्थ").status).isEqualTo(201);

        assertThat(post(SO, "api/v1/drafts/" + draftId + "/approval", "").status).isEqualTo(204);
        Res badAddress = post(SO, "api/v1/drafts/" + draftId + "/dispatch", "{\"mode\": \"EMAIL\", \"emails\": \"not an address@\"}");
        assertThat(badAddress.status).as(badAddress.body()).isEqualTo(400);
        assertThat(dispatches()).as("nothing was sent for a refused dispatch").isEmpty();

        Res sent = post(SO, "api/v1/drafts/" + draftId + "/dispatch", "{\"mode\": \"EMAIL\", \"emails\": \"ramesh.sahu@example.in\"}");
        assertThat(sent.status).as(sent.body()).isEqualTo(201);
        String number = (String) sent.object().get("number");
        assertThat(number).matches("LR/LR/D/\\d{4}/20\\d\\d");

        MimeMessage[] mails = dispatches();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("ramesh.sahu@example.in");
        assertThat(mails[0].getSubject()).contains(number, "नामांतरण");
        MimeMultipart parts = (MimeMultipart) mails[0].getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));

        Res file = get(SO, "api/v1/files/" + fileId);
        assertThat(file.body()).contains("\"kind\":\"LETTER\"", number).doesNotContain("<script>");
        Res pdf = get(SO, "api/v1/documents/" + num(sent.object().get("documentId")));
        assertThat(pdf.status).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(post(SO, "api/v1/drafts/" + draftId + "/dispatch", "{\"mode\": \"POST\"}").status)
                .as("a letter is dispatched once").isEqualTo(409);
    }

    /** Twenty letters diarised at the same moment get twenty consecutive numbers of the section: no gap, no duplicate. */
    @Test
    @RunAsClient
    void simultaneousDiarisingGivesConsecutiveNumbers() throws Exception {
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Res>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return post(CLERK, "api/v1/receipts", "{\"subject\": \"Parallel letter " + n + "\", \"sender\": \"Tehsil office\"}");
                }));
            }
            go.countDown();
            List<Integer> serials = new ArrayList<>();
            for (Future<Res> f : answers) {
                Res r = f.get(180, TimeUnit.SECONDS);
                assertThat(r.status).as(r.body()).isEqualTo(201);
                String number = (String) r.object().get("number");
                assertThat(number).matches("LR/\\d+/20\\d\\d");
                serials.add(Integer.parseInt(number.split("/")[1]));
            }
            int first = serials.stream().min(Integer::compare).orElseThrow();
            assertThat(serials).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(first, first + threads).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    // --- (d) e-Samiksha: the collector's instruction, complied and accepted ----------------------

    @Test
    @RunAsClient
    void theCollectorsInstructionIsCompliedByOneDepartmentAndAcceptedWhileTheReasonWaitsForTheDeadline() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        Res meeting = post("collector", "api/v1/meetings", """
                {"date": "%s", "type": "TIME_LIMIT", "title": "समय-सीमा बैठक", "attendees": ["REV-HOD", "LR-HOD"]}""".formatted(today));
        assertThat(meeting.status).as(meeting.body()).isEqualTo(201);
        long meetingId = num(meeting.object().get("id"));

        assertThat(post(CLERK, "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"x\", \"assignees\": [\"REV-HOD\"], \"workingDays\": 2}").status)
                .as("a clerk does not issue instructions").isEqualTo(403);
        Res unknown = post("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"x\", \"assignees\": [\"NO-SUCH-POST\"], \"workingDays\": 2}");
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.object().get("code")).isEqualTo("instruction.assignee.unknown");
        Res past = post("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"x\", \"assignees\": [\"REV-HOD\"], \"deadline\": \"2020-01-01\"}");
        assertThat(past.object().get("code")).isEqualTo("instruction.deadline.past");

        Res issued = post("collector", "api/v1/meetings/" + meetingId + "/instructions", """
                {"text": "लंबित नामांतरण प्रकरण एक सप्ताह में निराकृत करें", "assignees": ["REV-HOD", "LR-LR-SO"],
                 "workingDays": 2, "priority": "IMMEDIATE"}""");
        assertThat(issued.status).as(issued.body()).isEqualTo(201);
        Map<String, Object> instruction = issued.object();
        long id = num(instruction.get("id"));
        assertThat((String) instruction.get("number")).matches("SS/20\\d\\d/\\d{4}");
        assertThat(list(instruction.get("assignments"))).hasSize(2);

        Res complied = post(HOD, "api/v1/instructions/" + id + "/compliance", "{\"text\": \"14 में से 12 प्रकरण निराकृत\"}");
        assertThat(complied.status).as(complied.body()).isEqualTo(200);
        assertThat(post(HOD, "api/v1/instructions/" + id + "/accept", "{\"assignee\": \"REV-HOD\"}").status)
                .as("nobody accepts their own report").isEqualTo(403);
        Res accepted = post("collector", "api/v1/instructions/" + id + "/accept", "{\"assignee\": \"REV-HOD\"}");
        assertThat(accepted.status).as(accepted.body()).isEqualTo(200);
        assertThat(list(accepted.object().get("assignments")).stream().map(EFileIT::map))
                .anySatisfy(a -> assertThat(a).containsEntry("assignee", "REV-HOD").containsEntry("status", "ACCEPTED"))
                .anySatisfy(a -> assertThat(a).containsEntry("assignee", "LR-LR-SO").containsEntry("status", "OPEN"));

        Res early = post("collector", "api/v1/instructions/" + id + "/ask-reason", "{\"assignee\": \"LR-LR-SO\"}");
        assertThat(early.status).isEqualTo(400);
        assertThat(early.object().get("code")).isEqualTo("instruction.askReason.notOverdue");

        Res console = get("collector", "api/v1/instructions?department=LR");
        assertThat(console.body()).contains((String) instruction.get("number"));
        assertThat(get(PENSION_CLERK, "api/v1/instructions/" + id).status).isEqualTo(403);
    }

    // --- (e) bad input to e-Samiksha and the jandarshan register ----------------------------------

    @Test
    @RunAsClient
    void badInputIsRefusedWithItsReasonInBothLanguagesAndNothingAlreadySavedIsLost() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        Res meeting = post("collector", "api/v1/meetings", """
                {"date": "%s", "type": "REVIEW", "title": "विभागीय समीक्षा"}""".formatted(today));
        long meetingId = num(meeting.object().get("id"));

        // a deadline on a Sunday moves to the next working day and says so
        java.time.LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        Res onSunday = post("collector", "api/v1/meetings/" + meetingId + "/instructions", """
                {"text": "छात्रावासों का निरीक्षण प्रतिवेदन भेजें", "assignees": ["LR-LR-SO"], "deadline": "%s"}""".formatted(sunday));
        assertThat(onSunday.status).as(onSunday.body()).isEqualTo(201);
        assertThat(onSunday.object()).containsEntry("deadlineMoved", true);
        assertThat(java.time.LocalDate.parse((String) onSunday.object().get("deadline"))).isAfter(sunday);
        long id = num(onSunday.object().get("id"));

        // an empty report and a report of a million characters are refused; the part stays open
        Res empty = post("so.landrecords", "api/v1/instructions/" + id + "/compliance", "{\"text\": \"   \"}");
        assertThat(empty.status).isEqualTo(400);
        assertThat(empty.object()).containsEntry("code", "instruction.compliance.required")
                .containsEntry("messageHi", "पालन प्रतिवेदन लिखें।");
        Res huge = post("so.landrecords", "api/v1/instructions/" + id + "/compliance",
                "{\"text\": \"" + "क".repeat(1_000_000) + "\"}");
        assertThat(huge.status).isEqualTo(400);
        assertThat(huge.object()).containsEntry("code", "input.tooLong");
        assertThat(list(get("collector", "api/v1/instructions/" + id).object().get("assignments")).stream().map(EFileIT::map))
                .singleElement().satisfies(a -> {
                    assertThat(a).containsEntry("status", "OPEN");
                    assertThat(a.get("compliance")).isNull();
                });
        Res complied = post("so.landrecords", "api/v1/instructions/" + id + "/compliance", "{\"text\": \"निरीक्षण पूर्ण\"}");
        assertThat(complied.status).as(complied.body()).isEqualTo(200);

        // jandarshan: Devanagari digits in the mobile are read, a repeat minutes later must be confirmed
        String subject = "राशन कार्ड में नाम जोड़ना " + UUID.randomUUID();
        String application = """
                {"applicantName": "सुनीता बाई", "relativeName": "रामलाल", "village": "सकरी", "mobile": "९८२६० १२३४५",
                 "subject": "%s", "department": "FOOD", "category": "RATION"%s}""";
        Res first = post("so.landrecords", "api/v1/jandarshan", application.formatted(subject, ""));
        assertThat(first.status).as(first.body()).isEqualTo(201);
        assertThat(first.object()).containsEntry("mobile", "9826012345");
        Res again = post("so.landrecords", "api/v1/jandarshan", application.formatted(subject, ""));
        assertThat(again.status).isEqualTo(409);
        assertThat(again.object()).containsEntry("code", "jandarshan.duplicate");
        assertThat((String) again.object().get("message")).contains((String) first.object().get("ackNumber"));
        Res confirmed = post("so.landrecords", "api/v1/jandarshan", application.formatted(subject, ", \"confirmDuplicate\": true"));
        assertThat(confirmed.status).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.object().get("ackNumber")).isNotEqualTo(first.object().get("ackNumber"));

        Res unknown = get(CLERK, "api/v1/jandarshan/JD-2026-999999");
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.object()).containsEntry("code", "jandarshan.notFound");
        assertThat(get(CLERK, "api/v1/jandarshan/" + ((String) first.object().get("ackNumber")).replace('/', '-')).status)
                .as("the first application is still there").isEqualTo(200);
    }

    // --- (b) fifty sends of one file at once ----------------------------------------------------

    @Test
    @RunAsClient
    void ofFiftySimultaneousSendsOfOneFileExactlyOneWins() throws Exception {
        Res created = post(CLERK, "api/v1/files", "{\"subject\": \"Demarcation dispute, race test "
                + UUID.randomUUID() + "\", \"subjectHead\": \"12-4\"}");
        assertThat(created.status).as(created.body()).isEqualTo(201);
        long fileId = num(created.object().get("id"));
        List<String> targets = list(get(CLERK, "api/v1/posts?q=&max=100").array()).stream()
                .map(p -> (String) map(p).get("code")).filter(c -> !c.equals("LR-LR-AG2-1")).limit(50).toList();
        assertThat(targets).hasSize(50);

        int threads = targets.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Res>> answers = new ArrayList<>();
        try {
            for (String target : targets) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return move(CLERK, "files", fileId, "SEND", target, null, "race");
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Res> results = new ArrayList<>();
            for (Future<Res> f : answers) {
                results.add(f.get(180, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(x -> x.status == 201).hasSize(1);
            assertThat(results).filteredOn(x -> x.status != 201)
                    .allSatisfy(x -> assertThat(x.status).as(x.body()).isEqualTo(409)).hasSize(threads - 1)
                    .allSatisfy(x -> assertThat(x.object().get("code")).isEqualTo("item.moved"));
            String winner = (String) results.stream().filter(x -> x.status == 201).findFirst().orElseThrow().object().get("toPost");

            List<Map<String, Object>> steps = list(get(CLERK, "api/v1/files/" + fileId + "/track").array()).stream()
                    .map(EFileIT::map).toList();
            assertThat(steps).extracting(s -> s.get("action")).containsExactly("CREATE", "SEND");
            assertThat(steps.get(1)).containsEntry("toPost", winner);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @RunAsClient
    void aFileItsHolderOpensInFourTabsAtOnceOpensInEveryTab() throws Exception {
        String subject = "Boundary stones, opened in four tabs " + UUID.randomUUID();
        Res created = post(CLERK, "api/v1/files", "{\"subject\": \"" + subject + "\", \"subjectHead\": \"12-4\"}");
        assertThat(created.status).as(created.body()).isEqualTo(201);
        long fileId = num(created.object().get("id"));
        Res sent = move(CLERK, "files", fileId, "SEND", "LR-LR-SO", null, null);
        assertThat(sent.status).as(sent.body()).isEqualTo(201);

        // four logged-in tabs of the new holder open the unread file at the same moment: each marks it read,
        // one of the marks wins and the others find it read (before: three of the four pages were a 400)
        List<HttpClient> tabs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tabs.add(pageSession(SO));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabs.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> pages = new ArrayList<>();
            for (HttpClient tab : tabs) {
                pages.add(pool.submit(() -> {
                    go.await();
                    return tab.send(HttpRequest.newBuilder(base.toURI().resolve("file/view.xhtml?id=" + fileId)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> page : pages) {
                HttpResponse<String> r = page.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body()).contains(subject);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A browser's session of {@code user}: logged in through the login page, its cookie kept. */
    private HttpClient pageSession(String user) throws Exception {
        HttpClient tab = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        URI login = base.toURI().resolve("login.xhtml");
        String page = tab.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).as(page).isTrue();
        String form = "login=login&login%3AloginId=" + user
                + "&login%3Apassword=" + URLEncoder.encode(Deployments.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> in = tab.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.uri().getPath()).as(in.body()).doesNotEndWith("login.xhtml");
        return tab;
    }

    // --- HTTP -------------------------------------------------------------------------------------

    private record Res(int status, byte[] raw, HttpHeaders headers) {
        String body() { return new String(raw, StandardCharsets.UTF_8); }

        java.util.Optional<String> header(String name) { return headers.firstValue(name); }

        Map<String, Object> object() { return map(parse(body())); }

        Object array() { return parse(body()); }

        @Override
        public String toString() { return status + " " + body(); }
    }

    private Res get(String user, String path) throws Exception {
        return call("GET", user, path, null, null, Map.of());
    }

    private Res post(String user, String path, String json) throws Exception {
        return call("POST", user, path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private Res move(String user, String kind, long id, String action, String toPost, Integer expectedSeq, String remark)
            throws Exception {
        StringBuilder b = new StringBuilder("{\"action\": \"").append(action).append('"');
        if (toPost != null) b.append(", \"toPost\": \"").append(toPost).append('"');
        if (expectedSeq != null) b.append(", \"expectedSeq\": ").append(expectedSeq);
        if (remark != null) b.append(", \"remark\": \"").append(remark).append('"');
        return post(user, "api/v1/" + kind + "/" + id + "/movements", b.append('}').toString());
    }

    private Res upload(String user, String path, String fileName, byte[] content, String title) throws Exception {
        String boundary = "----daftar" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (title != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + title).getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call("POST", user, path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
    }

    private Res call(String method, String user, String path, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Res(r.statusCode(), r.body(), r.headers());
    }

    /** A small, well-formed one-page PDF (cross-reference offsets computed). */
    private static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }

    private static long num(Object o) {
        assertThat(o).isInstanceOf(Number.class);
        return ((Number) o).longValue();
    }

    /** A response's JSON (read by Parsson) as plain maps, lists, strings, numbers (Long or Double), booleans and null. */
    private static Object parse(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return plain(reader.readValue());
        }
    }

    private static Object plain(jakarta.json.JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                v.asJsonObject().forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
            case ARRAY -> v.asJsonArray().stream().map(EFileIT::plain).toList();
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) v).isIntegral() ? (Object) ((jakarta.json.JsonNumber) v).longValue()
                    : (Object) ((jakarta.json.JsonNumber) v).doubleValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    // --- time-limit letters and compliance from a linked file (issue 5, sla) ---------------------

    /**
     * A letter diarised as a time-limit letter is pending in the register with its reply-by date as
     * the deadline; the reply dispatched from the file holding it closes it, and the same dispatch
     * proposes the compliance of an instruction linked to that file to its assignee.
     */
    @Test
    @RunAsClient
    void aTimeLimitLetterIsPendingUntilItsReplyIsDispatchedWhichAlsoProposesALinkedInstructionsCompliance() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate replyBy = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(10);
        Res receipt = post(CLERK, "api/v1/receipts", """
                {"subject": "शासन का समय-सीमा पत्र: भू-अभिलेख अद्यतन (%s)", "sender": "Secretary, Revenue Department",
                 "category": "TL_LETTER", "priority": "IMMEDIATE", "replyBy": "%s"}""".formatted(run, replyBy));
        assertThat(receipt.status).as(receipt.body()).isEqualTo(201);
        long receiptId = num(receipt.object().get("id"));
        String receiptNumber = (String) receipt.object().get("number");

        Map<String, Object> letter = pendingLetter(receiptNumber);
        assertThat(letter).as("the letter is in the register").isNotNull();
        java.time.LocalDate deadline = java.time.LocalDate.parse((String) letter.get("deadline"));
        assertThat(deadline).as("the reply-by date, or the next working day").isBetween(replyBy, replyBy.plusDays(4));
        assertThat(letter).containsEntry("holderCode", "LR-LR-AG2-1").containsEntry("department", "LR");
        assertThat(num(letter.get("daysOverdue"))).isZero();
        assertThat(get(PENSION_CLERK, "api/v1/tl-letters").status).as("a clerk does not review the register").isEqualTo(403);

        Res file = post(CLERK, "api/v1/files", """
                {"subject": "भू-अभिलेख अद्यतन पर शासन को उत्तर (%s)", "subjectHead": "12-3", "receiptIds": [%d]}"""
                .formatted(run, receiptId));
        assertThat(file.status).as(file.body()).isEqualTo(201);
        long fileId = num(file.object().get("id"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        long meetingId = num(post("collector", "api/v1/meetings", """
                {"date": "%s", "type": "REVIEW", "title": "भू-अभिलेख समीक्षा %s"}""".formatted(today, run)).object().get("id"));
        Res linked = post("collector", "api/v1/meetings/" + meetingId + "/instructions", """
                {"text": "शासन को उत्तर भेजें (%s)", "assignees": ["LR-LR-SO"], "workingDays": 5, "fileIds": [%d]}"""
                .formatted(run, fileId));
        assertThat(linked.status).as(linked.body()).isEqualTo(201);
        long linkedId = num(linked.object().get("id"));

        long draftId = num(post(CLERK, "api/v1/drafts", """
                {"fileId": %d, "subject": "भू-अभिलेख अद्यतन", "recipients": "सचिव, राजस्व विभाग",
                 "body": "<p>अद्यतन पूर्ण कर लिया गया है।</p>"}""".formatted(fileId)).object().get("id"));
        assertThat(move(CLERK, "files", fileId, "SEND", "LR-LR-SO", null, "अनुमोदनार्थ").status).isEqualTo(201);
        assertThat(post(SO, "api/v1/drafts/" + draftId + "/approval", "").status).isEqualTo(204);
        Res sent = post(SO, "api/v1/drafts/" + draftId + "/dispatch", "{\"mode\": \"POST\"}");
        assertThat(sent.status).as(sent.body()).isEqualTo(201);
        String dispatchNumber = (String) sent.object().get("number");

        assertThat(pendingLetter(receiptNumber)).as("answered, the letter leaves the register").isNull();
        Map<String, Object> tl = map(get(CLERK, "api/v1/instructions/" + num(letter.get("instructionId"))).object());
        assertThat(list(tl.get("assignments")).stream().map(EFileIT::map)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("status", "ACCEPTED");
            assertThat((String) a.get("compliance")).contains(dispatchNumber);
        });
        Map<String, Object> proposed = map(list(get(SO, "api/v1/instructions/" + linkedId).object().get("assignments")).get(0));
        assertThat(proposed).as("proposed, not yet reported").containsEntry("status", "OPEN");
        assertThat((String) proposed.get("proposedCompliance")).contains(dispatchNumber);
    }

    private Map<String, Object> pendingLetter(String receiptNumber) throws Exception {
        Res page = get("collector", "api/v1/tl-letters?department=LR&size=100");
        assertThat(page.status).as(page.body()).isEqualTo(200);
        return list(page.object().get("items")).stream().map(EFileIT::map)
                .filter(l -> receiptNumber.equals(l.get("receiptNumber"))).findFirst().orElse(null);
    }

    // --- (e) meetings: what earlier meetings left open, documents on a compliance, the minutes PDF ---

    @Test
    @RunAsClient
    void aMeetingReviewsWhatEarlierMeetingsLeftOpenWithTheComplianceDocumentsAndItsMinutesAreAPdf() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        Res first = post("collector", "api/v1/meetings", """
                {"date": "%s", "type": "REVIEW", "title": "राजस्व विभाग की समीक्षा", "attendees": ["REV-HOD"]}""".formatted(today.minusDays(7)));
        assertThat(first.status).as(first.body()).isEqualTo(201);
        long firstId = num(first.object().get("id"));
        Res issued = post("collector", "api/v1/meetings/" + firstId + "/instructions",
                "{\"text\": \"सीमांकन प्रकरणों की सूची प्रस्तुत करें\", \"assignees\": [\"REV-HOD\"], \"workingDays\": 3}");
        assertThat(issued.status).as(issued.body()).isEqualTo(201);
        long instructionId = num(issued.object().get("id"));
        String number = (String) issued.object().get("number");

        assertThat(upload("collector", "api/v1/instructions/" + instructionId + "/documents", "list.pdf", pdf("list"), null).status)
                .as("only the assignee attaches to the compliance").isEqualTo(403);
        Res attached = upload(HOD, "api/v1/instructions/" + instructionId + "/documents", "seemankan-list.pdf", pdf("list"), null);
        assertThat(attached.status).as(attached.body()).isEqualTo(201);
        long documentId = num(attached.object().get("id"));
        assertThat(upload(HOD, "api/v1/instructions/" + instructionId + "/documents", "list.pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), null).status).isEqualTo(400);

        Res second = post("collector", "api/v1/meetings", """
                {"date": "%s", "type": "REVIEW", "title": "राजस्व विभाग की अगली समीक्षा"}""".formatted(today));
        long secondId = num(second.object().get("id"));
        Res review = get("collector", "api/v1/meetings/" + secondId);
        assertThat(review.status).as(review.body()).isEqualTo(200);
        assertThat(list(review.object().get("instructions"))).isEmpty();
        assertThat(list(review.object().get("earlier")).stream().map(EFileIT::map))
                .as("the open instruction of the earlier review, with its document")
                .anySatisfy(a -> {
                    assertThat(a).containsEntry("number", number).containsEntry("assignee", "REV-HOD");
                    assertThat(list(a.get("documents")).stream().map(EFileIT::map))
                            .anySatisfy(d -> assertThat(d).containsEntry("fileName", "seemankan-list.pdf"));
                });
        assertThat(get("collector", "api/v1/documents/" + documentId).status).isEqualTo(200);
        assertThat(get(PENSION_CLERK, "api/v1/documents/" + documentId).status).isEqualTo(403);

        Res minutes = get("collector", "api/v1/meetings/" + firstId + "/minutes.pdf");
        assertThat(minutes.status).isEqualTo(200);
        assertThat(minutes.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(minutes.raw(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get(PENSION_CLERK, "api/v1/meetings/" + firstId + "/minutes.pdf").status).isEqualTo(403);
        assertThat(get(PENSION_CLERK, "api/v1/meetings/" + firstId).status).isEqualTo(403);
    }

    // --- notifications over the API --------------------------------------------------------------

    /** The assignee lists their unread notifications and marks one read; nobody else may read or even mark it. */
    @Test
    @RunAsClient
    void anAssigneeReadsOwnNotificationsOverTheApiAndNobodyElseMay() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        long meetingId = num(post("collector", "api/v1/meetings",
                "{\"date\": \"%s\", \"type\": \"REVIEW\", \"title\": \"राजस्व समीक्षा\"}".formatted(today)).object().get("id"));
        Res issued = post("collector", "api/v1/meetings/" + meetingId + "/instructions",
                "{\"text\": \"सीमांकन के लंबित प्रकरण निपटाएँ\", \"assignees\": [\"REV-THL-TEH\"], \"workingDays\": 3}");
        assertThat(issued.status).as(issued.body()).isEqualTo(201);
        String number = (String) issued.object().get("number");

        Res unread = get("tehsildar", "api/v1/notifications?unread=true&size=200");
        assertThat(unread.status).as(unread.body()).isEqualTo(200);
        // (another suite's moved clock may have left notifications dated later: look for ours)
        Map<String, Object> newest = list(unread.object().get("items")).stream().map(EFileIT::map)
                .filter(n -> n.get("key").equals("notice.instructed") && ((String) n.get("text")).contains(number))
                .findFirst().orElseThrow(() -> new AssertionError(unread.body()));
        assertThat((String) newest.get("text")).contains("REV-THL-TEH");
        assertThat(newest.get("link")).isEqualTo("samiksha/mine.xhtml");
        assertThat(newest.get("read")).isEqualTo(false);
        long id = num(newest.get("id"));
        long before = num(unread.object().get("unread"));

        Res stranger = post(CLERK, "api/v1/notifications/" + id + "/read", "");
        assertThat(stranger.status).isEqualTo(403);
        assertThat(get(CLERK, "api/v1/notifications").body()).doesNotContain(number);
        assertThat(post("tehsildar", "api/v1/notifications/99999999/read", "").status).isEqualTo(404);

        Res read = post("tehsildar", "api/v1/notifications/" + id + "/read", "");
        assertThat(read.status).as(read.body()).isEqualTo(200);
        assertThat(read.object().get("read")).isEqualTo(true);
        Res after = get("tehsildar", "api/v1/notifications?unread=true&size=200");
        assertThat(num(after.object().get("unread"))).isEqualTo(before - 1);
        assertThat(list(after.object().get("items"))).noneMatch(n -> num(map(n).get("id")) == id);
    }

    // --- the weekly time-limit review pack over the API (issue 6, pack) ----------------------------

    /**
     * The collector fetches the review pack of a date as PDF (every department named in Devanagari)
     * and as Excel at the same moment — one pack built and archived for both; a head of department
     * reads the same archived pack; a clerk may not; a bad date or format is refused with the reason
     * in both languages.
     */
    @Test
    @RunAsClient
    void theReviewPackOfADateComesAsPdfAndExcelToThoseWhoMayReadIt() throws Exception {
        String date = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        var pdfCall = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return get("collector", "api/v1/reports/tl-pack?date=" + date + "&format=pdf");
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Res both = get("collector", "api/v1/reports/tl-pack?date=" + date + "&format=xlsx");
        Res pdf = pdfCall.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(pdf.status).as(pdf.body()).isEqualTo(200);
        assertThat(both.status).as(both.body()).isEqualTo(200);
        assertThat(both.header("Content-Disposition")).as("one pack built for two calls at once")
                .isEqualTo(pdf.header("Content-Disposition").map(h -> h.replace(".pdf", ".xlsx")));
        assertThat(pdf.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.header("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).contains("tl-pack-" + date));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.raw)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertThat(text).contains("समय-सीमा समीक्षा पत्रक");
            // every department the demo district loaded, by its Hindi name as PDFBox extracts it from the shaped text
            assertThat(new org.daftar.demo.DemoDistrict(java.time.LocalDate.parse(date)).departments())
                    .allSatisfy(dept -> assertThat(text).contains(dept.getName().getHi() + " / " + dept.getName().getEn()));
        }
        Res xlsx = get("hod.revenue", "api/v1/reports/tl-pack?date=" + date + "&format=xlsx");
        assertThat(xlsx.status).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).as("the same archived pack")
                .isEqualTo(pdf.header("Content-Disposition").map(h -> h.replace(".pdf", ".xlsx")));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.raw))) {
            assertThat(book.getNumberOfSheets()).as("a sheet per part, the daily discipline last").isEqualTo(8);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("विभाग / Department");
        }

        assertThat(get(CLERK, "api/v1/reports/tl-pack?date=" + date).status).isEqualTo(403);
        Res badDate = get("collector", "api/v1/reports/tl-pack?date=31-02-2026&format=pdf");
        assertThat(badDate.status).isEqualTo(400);
        assertThat(badDate.object()).containsEntry("code", "tlPack.date.invalid");
        assertThat((String) badDate.object().get("messageHi")).contains("31-02-2026").containsPattern(DEVANAGARI);
        Res badFormat = get("collector", "api/v1/reports/tl-pack?date=" + date + "&format=docx");
        assertThat(badFormat.status).isEqualTo(400);
        assertThat(badFormat.object()).containsEntry("code", "tlPack.format.invalid");
    }

    // --- MIS: the pendency report (issue 6, mis-pend) ---------------------------------------------

    /**
     * GET /api/v1/reports/pendency: a receipt diarised in land records is one more pending receipt on
     * the clerk's post in that department's figures; a head of department gets their own department
     * and is refused another (403), a clerk gets their desk and is refused a department, an unknown
     * code is not found.
     */
    @Test
    @RunAsClient
    void thePendencyReportCountsANewReceiptAndEachPersonSeesOnlyTheirOwnScope() throws Exception {
        Res before = get("collector", "api/v1/reports/pendency?department=LR");
        assertThat(before.status).as(before.body()).isEqualTo(200);
        assertThat(before.object().get("scope")).isEqualTo("DEPARTMENT");
        assertThat(post(CLERK, "api/v1/receipts", """
                {"subject": "Pendency report check %s", "sender": "Patwari Lingiyadih"}""".formatted(UUID.randomUUID())).status)
                .isEqualTo(201);

        Res after = get("collector", "api/v1/reports/pendency?department=LR");
        assertThat(num(after.object().get("total"))).isEqualTo(num(before.object().get("total")) + 1);
        assertThat(receiptsAtClerk(after)).isEqualTo(receiptsAtClerk(before) + 1);
        assertThat(list(after.object().get("buckets"))).hasSize(5);

        assertThat(get(HOD, "api/v1/reports/pendency").object().get("department")).isIn("REV", "LR");
        assertThat(get(HOD, "api/v1/reports/pendency?department=LR").status).isEqualTo(200);
        Res otherDepartment = get(HOD, "api/v1/reports/pendency?department=EDU");
        assertThat(otherDepartment.status).isEqualTo(403);
        assertThat(otherDepartment.object().get("code")).isEqualTo("mis.department.notYours");
        Res desk = get(CLERK, "api/v1/reports/pendency");
        assertThat(desk.object().get("scope")).isEqualTo("DESK");
        assertThat(list(desk.object().get("rows"))).allMatch(r -> "LR-LR-AG2-1".equals(map(r).get("unit")));
        assertThat(get(CLERK, "api/v1/reports/pendency?department=LR").status).isEqualTo(403);
        assertThat(get("collector", "api/v1/reports/pendency?department=NOPE").status).isEqualTo(404);
    }

    private static long receiptsAtClerk(Res report) {
        return list(report.object().get("rows")).stream().map(EFileIT::map)
                .filter(r -> "LR-LR-AG2-1".equals(r.get("unit")) && "RECEIPT".equals(r.get("kind")))
                .mapToLong(r -> num(r.get("total"))).sum();
    }

    // --- daily discipline over the API (issue 6) ---------------------------------------------------

    /**
     * The daily discipline report is scoped like its page: the clerk sees only themselves, and a
     * receipt they close is one more disposal today, in their own report and in the collector's view
     * of Land Records, whose row agrees with its people; a head of department is refused another
     * department; a date that is not one, or is still to come, is refused with a message.
     */
    @Test
    @RunAsClient
    void theDisciplineReportIsScopedLikeItsPageAndCountsTheClerksDisposals() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> before = get(CLERK, "api/v1/reports/discipline").object();
        assertThat(before.get("scope")).isEqualTo("SELF");
        assertThat(list(before.get("departments"))).isEmpty();
        long disposed = num(onlyPerson(before, CLERK).get("disposals"));

        Res receipt = post(CLERK, "api/v1/receipts", """
                {"subject": "Copy of the khasra for the record (%s)", "sender": "Patwari, Lingiyadih"}""".formatted(run));
        assertThat(receipt.status).as(receipt.body()).isEqualTo(201);
        Res closed = move(CLERK, "receipts", num(receipt.object().get("id")), "CLOSE", null, null, "Kept in the record.");
        assertThat(closed.status).as(closed.body()).isEqualTo(201);
        Map<String, Object> after = get(CLERK, "api/v1/reports/discipline").object();
        assertThat(num(onlyPerson(after, CLERK).get("disposals"))).isEqualTo(disposed + 1);

        java.time.LocalDate day = java.time.LocalDate.parse((String) after.get("date"));
        Res district = get("collector", "api/v1/reports/discipline?department=lr&date="
                + day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(district.status).as(district.body()).isEqualTo(200);
        Map<String, Object> report = district.object();
        assertThat(report).containsEntry("scope", "DISTRICT").containsEntry("department", "LR");
        List<Map<String, Object>> people = list(report.get("people")).stream().map(EFileIT::map).toList();
        assertThat(people).filteredOn(p -> CLERK.equals(p.get("login"))).singleElement()
                .satisfies(p -> assertThat(num(p.get("disposals"))).isEqualTo(disposed + 1));
        List<Map<String, Object>> departments = list(report.get("departments")).stream().map(EFileIT::map).toList();
        assertThat(departments).as("the whole district, department by department").hasSizeGreaterThan(1);
        Map<String, Object> lr = departments.stream().filter(d -> "LR".equals(d.get("code"))).findFirst().orElseThrow();
        assertThat(num(lr.get("employees"))).isEqualTo(people.size());
        assertThat(num(lr.get("defaulters"))).isEqualTo(people.stream()
                .filter(p -> Boolean.TRUE.equals(p.get("due")) && !Boolean.TRUE.equals(p.get("compliant"))).count());

        Map<String, Object> hod = get(HOD, "api/v1/reports/discipline?date=" + day).object();
        assertThat(hod).containsEntry("scope", "DEPARTMENT").containsEntry("department", "REV");
        assertThat(list(hod.get("people")).stream().map(EFileIT::map)).anySatisfy(p -> assertThat(p).containsEntry("login", HOD))
                .allSatisfy(p -> assertThat(p).containsEntry("department", "REV"));
        assertThat(get(HOD, "api/v1/reports/discipline?department=HEALTH").status).as("not their department").isEqualTo(403);

        Res notADate = get(CLERK, "api/v1/reports/discipline?date=31-02-2026");
        assertThat(notADate.status).isEqualTo(400);
        assertThat(notADate.object().get("code")).isEqualTo("discipline.date.invalid");
        Res toCome = get(CLERK, "api/v1/reports/discipline?date=" + day.plusDays(3));
        assertThat(toCome.status).isEqualTo(400);
        assertThat(toCome.object().get("code")).isEqualTo("discipline.date.future");
        assertThat((String) toCome.object().get("message")).isNotBlank();
    }

    private static Map<String, Object> onlyPerson(Map<String, Object> report, String login) {
        List<Object> people = list(report.get("people"));
        assertThat(people).as("the report of one person: themselves").hasSize(1);
        Map<String, Object> me = map(people.get(0));
        assertThat(me.get("login")).isEqualTo(login);
        return me;
    }

    // --- the onboarding tracker over the API (issue 6, onboarding) -------------------------------

    /** Each department's eight steps with their state, its percentage of the seven counted ones, and the district's of all. */
    @Test
    @RunAsClient
    void theOnboardingReportGivesEveryDepartmentsStepsAndTheDistrictPercentage() throws Exception {
        Res r = get("collector", "api/v1/reports/onboarding");
        assertThat(r.status).as(r.body()).isEqualTo(200);
        List<Object> departments = list(r.object().get("departments"));
        assertThat(departments).extracting(d -> map(d).get("code")).contains("GAD", "LR", "TRY");
        long done = 0;
        for (Object d : departments) {
            List<Map<String, Object>> steps = list(map(d).get("steps")).stream().map(EFileIT::map).toList();
            assertThat(steps).extracting(s -> s.get("step")).containsExactly("EMAIL", "VPN", "NODAL", "POSTS", "USER_IDS",
                    "ID_CARDS", "TRAINING", "HEADCOUNT");
            long counted = steps.stream().filter(s -> !s.get("step").equals("HEADCOUNT") && Boolean.TRUE.equals(s.get("done"))).count();
            assertThat(num(map(d).get("percent"))).isEqualTo(Math.round(100f * counted / 7));
            Map<String, Object> posts = steps.get(3);
            assertThat(num(posts.get("need"))).as("every demo department has posts").isPositive();
            done += counted;
        }
        assertThat(num(r.object().get("districtPercent"))).isEqualTo(Math.round(100f * done / (7 * departments.size())));
    }

    // --- the benchmark's limit servlets (issue 7) ----------------------------------------------------

    /**
     * On a server started with the benchmark switch (this suite's is), the limit servlets answer
     * without a login and run the application's own SQL through plain JDBC: the limit inbox is the
     * API's inbox of the same person; a limit forward moves the letter into the receiver's real
     * inbox and onto its track, and the old holder cannot forward it again (409); the dashboard's
     * figures from the read model are those counted live from the movements; the sweep reports.
     */
    @Test
    @RunAsClient
    void theLimitServletsRunTheApplicationsSqlAndTheirForwardMovesALetterLikeTheApp() throws Exception {
        Res receipt = post(CLERK, "api/v1/receipts", """
                {"subject": "Limit forward check %s", "sender": "Patwari, Lingiyadih"}""".formatted(UUID.randomUUID()));
        assertThat(receipt.status).as(receipt.body()).isEqualTo(201);
        long id = num(receipt.object().get("id"));

        Map<String, Object> api = get(CLERK, "api/v1/inbox").object();
        Map<String, Object> limit = bench("GET", "bench/limit/inbox?login=" + CLERK, null).object();
        assertThat(limit.get("total")).isEqualTo(api.get("total"));
        assertThat(list(limit.get("items"))).isEqualTo(list(api.get("items")));

        Res forward = bench("POST", "bench/limit/forward", "item=" + id + "&to=LR-LR-SO&login=" + CLERK);
        assertThat(forward.status).as(forward.body()).isEqualTo(201);
        assertThat(inboxIds(SO)).contains(id);
        assertThat(inboxIds(CLERK)).doesNotContain(id);
        assertThat(bench("POST", "bench/limit/forward", "item=" + id + "&to=LR-LR-SO&login=" + CLERK).status)
                .as("the clerk no longer holds it").isEqualTo(409);
        // the inbox's total (kept counted by the pendency ledger) is what the inbox lists, a letter parked at the desk aside
        Res toPark = post(CLERK, "api/v1/receipts", """
                {"subject": "Limit park check %s", "sender": "Patwari, Lingiyadih"}""".formatted(UUID.randomUUID()));
        Res parked = move(CLERK, "receipts", num(toPark.object().get("id")), "PARK", null, null, "awaiting the spot report");
        assertThat(parked.status).as(parked.body()).isEqualTo(201);
        for (String user : List.of(CLERK, SO)) {
            assertThat(num(get(user, "api/v1/inbox").object().get("total"))).as(user).isEqualTo(inboxIds(user).size());
            assertThat(num(bench("GET", "bench/limit/inbox?login=" + user, null).object().get("total"))).as(user)
                    .isEqualTo(inboxIds(user).size());
        }
        List<Map<String, Object>> track = list(bench("GET", "bench/limit/track?id=" + id, null).object().get("rows")).stream()
                .map(EFileIT::map).toList();
        assertThat(track).extracting(r -> r.get("action")).containsExactly("CREATE", "SEND");
        assertThat(map(track.get(1).get("toPost")).get("code")).isEqualTo("LR-LR-SO");
        Res view = get(SO, "api/v1/receipts/" + id);
        assertThat(view.status).as("the receiver opens it through the application").isEqualTo(200);

        assertThat(figures("bench/limit/groupby")).isEqualTo(figures("bench/limit/dashboard"));
        Map<String, Object> sweep = bench("POST", "bench/sweep", null).object();
        assertThat(sweep).containsKeys("due", "fired", "millis");
    }

    /** The ids in a person's whole inbox, page by page. */
    private List<Long> inboxIds(String user) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Object> items = list(get(user, "api/v1/inbox?size=200&page=" + page).object().get("items"));
            items.forEach(i -> ids.add(num(map(i).get("id"))));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    /** Department and kind to the file and receipt figures of a dashboard endpoint. */
    private Map<String, Object> figures(String path) throws Exception {
        Res r = bench("GET", path, null);
        assertThat(r.status).as(r.body()).isEqualTo(200);
        Map<String, Object> byUnit = new java.util.TreeMap<>();
        list(r.object().get("rows")).stream().map(EFileIT::map).filter(row -> List.of("FILE", "RECEIPT").contains(row.get("kind")))
                .forEach(row -> byUnit.put(row.get("department") + "/" + row.get("kind"),
                        List.of(row.get("buckets"), row.get("overdue"), row.get("total"))));
        assertThat(byUnit).isNotEmpty();
        return byUnit;
    }

    /** A request without a login, as the benchmark's load tool makes it. */
    private Res bench(String method, String path, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString() + path)).timeout(Duration.ofSeconds(120))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Res(r.statusCode(), r.body(), r.headers());
    }
}

package org.daftar.benchmark.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The requests the scenarios send. Pages are fetched in the sessions of users who logged in once
 * through the login form ({@link #sessions}); REST calls carry HTTP Basic (the server caches a
 * verified credential, so PBKDF2 is paid once per login, not per call). Forwarding takes a file
 * from {@link #slots} and puts it back with its two desks swapped.
 */
public final class Requests {

    public static final String PASSWORD = "Daftar@2026";
    static final String REMARK = "अवलोकनार्थ प्रस्तुत (benchmark)";

    /** Session ids of logged-in page users, by login. */
    static final Map<String, List<Browser.Login>> sessions = new ConcurrentHashMap<>();
    /** Files free to be forwarded now. */
    static final ConcurrentLinkedQueue<Targets.Slot> slots = new ConcurrentLinkedQueue<>();
    /**
     * Files whose forward failed: the server may still have moved them (a send answered after the
     * client gave up), so where they are is asked before they are offered again ({@link #recheck}).
     */
    static final ConcurrentLinkedQueue<Targets.Slot> doubtful = new ConcurrentLinkedQueue<>();
    private static final Pattern HOLDER = Pattern.compile("\"holder\":\\{\"code\":\"([^\"]+)\"");
    /** Arrivals that found every file in flight (not sent; reported). */
    static final AtomicLong starved = new AtomicLong();

    private Requests() {
    }

    static void offer(Collection<Targets.Slot> free) {
        slots.clear();
        doubtful.clear();
        slots.addAll(free);
    }

    /**
     * Offers the doubtful files again the right way round: the file's holder as the REST API shows
     * it to either of its two desks. A file that has gone to neither is left out.
     */
    static void recheck(Browser browser) throws IOException, InterruptedException {
        for (Targets.Slot slot; (slot = doubtful.poll()) != null; ) {
            for (Targets.Desk asker : List.of(slot.holder(), slot.other())) {
                HttpResponse<String> r = browser.get("/api/v1/files/" + slot.fileId(), asker.login());
                Matcher m = HOLDER.matcher(r.body());
                if (r.statusCode() == 200 && m.find()) {
                    if (m.group(1).equals(slot.holder().postCode())) {
                        slots.add(slot);
                    } else if (m.group(1).equals(slot.other().postCode())) {
                        slots.add(slot.swapped());
                    }
                    break;
                }
            }
        }
    }

    /** A GET of the REST API as {@code login}. */
    static ChainBuilder rest(String name, String path, String login) {
        return timed(name, http(name).get(path).basicAuth(login, PASSWORD).check(status().is(200)));
    }

    /**
     * The weekly TL pack of a date no pack exists for yet, a new date each time, so that every
     * request builds one: for a date already built the app only downloads the archived pack.
     */
    static ChainBuilder freshPack(String name, String format, LocalDate today) {
        AtomicInteger next = new AtomicInteger();
        LocalDate first = today.plusYears(5).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        Iterator<Map<String, Object>> dates = Stream.generate(
                () -> Map.<String, Object>of("packDate", first.plusDays(next.getAndIncrement()).toString())).iterator();
        return exec(feed(dates))
                .exec(rest(name, "/api/v1/reports/tl-pack?date=#{packDate}&format=" + format, "collector"));
    }

    /** A GET of a bench endpoint (no login: it exists only with DAFTAR_BENCHMARK=true). */
    static ChainBuilder bench(String name, String path) {
        return timed(name, http(name).get(path).check(status().is(200)));
    }

    /** A GET of a Faces page in a logged-in session of {@code login}; landing on the login page is a failure. */
    static ChainBuilder page(String name, String path, String login) {
        return inSessionOf(session -> login)
                .exec(timed(name, http(name).get(path).check(status().is(200), currentLocationRegex("login\\.xhtml").notExists())));
    }

    /** Search for each word in turn through the REST API. */
    static ChainBuilder search(String name, List<String> words, String login) {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> feeder = Stream.generate(
                () -> Map.<String, Object>of("word", words.get(Math.floorMod(next.getAndIncrement(), words.size())))).iterator();
        return exec(feed(feeder))
                .exec(timed(name, http(name).get("/api/v1/search").queryParam("q", "#{word}").basicAuth(login, PASSWORD)
                        .check(status().is(200))));
    }

    /** Forward through the file page: open it, take its ViewState, CSP nonce and the button's update, post the movement form back (Ajax, as the browser does). */
    static ChainBuilder forwardForm(String name) {
        HttpRequestActionBuilder open = http(name + ": open page").get("/file/view.xhtml?id=#{file}")
                .check(responseTimeInMillis().saveAs("rtOpen"), status().is(200), currentLocationRegex("login\\.xhtml").notExists(),
                        // regular expressions, not css(): the load tool, on the same two cores, builds no DOM of the 34 kB page
                        regex("<form id=\"move\"[^>]*action=\"([^\"]+)\"").transform(a -> a.replace("&amp;", "&")).saveAs("action"),
                        regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState"),
                        regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                        regex("PrimeFaces\\.ab\\(\\{s:\"move:go\",f:\"move\",u:\"([^\"]+)\"").saveAs("render"));
        HttpRequestActionBuilder send = http(name + ": send").post("#{action}")
                .header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "move:go")
                .formParam("jakarta.faces.partial.execute", "move")
                .formParam("jakarta.faces.partial.render", "#{render}") // what the button updates, as its script on the page says
                .formParam("move:go", "move:go")
                .formParam("move", "move")
                .formParam("move:action_input", "SEND")
                .formParam("move:to_input", "#{to}")
                .formParam("move:to_hinput", "#{to}")
                .formParam("move:remark", REMARK)
                .formParam("move:replyBy_input", "")
                .formParam("primefaces.nonce", "#{nonce}") // PrimeFaces' CSP: Ajax posts carry the page's nonce
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(responseTimeInMillis().saveAs("rtSend"), status().is(200), regex("Sent\\.|भेज दी गई").exists());
        return forward(inSessionOf(session -> session.getString("login"))
                .exec(open).exec(send).exec(session -> Recorder.record(name, session, "rtOpen", "rtSend")));
    }

    /** Forward through the REST API, as the holder. */
    static ChainBuilder forwardRest(String name) {
        return forward(timed(name, http(name).post("/api/v1/files/#{file}/movements").basicAuth("#{login}", PASSWORD)
                .header("Content-Type", "application/json")
                .body(StringBody("{\"action\":\"SEND\",\"toPost\":\"#{to}\",\"remark\":\"" + REMARK + "\"}"))
                .check(status().is(201))));
    }

    /** Forward through the bare JDBC servlet (the limit). */
    static ChainBuilder forwardLimit(String name) {
        return forward(timed(name, http(name).post("/bench/limit/forward")
                .formParam("item", "#{file}").formParam("to", "#{to}").formParam("login", "#{login}")
                .check(status().in(200, 201, 204))));
    }

    /** Sends {@code request} and records its response time under {@code name}. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(session -> Recorder.record(name, session, "rt"));
    }

    /** Takes a free file, runs {@code move}, and frees the file again: swapped when the move succeeded. */
    private static ChainBuilder forward(ChainBuilder move) {
        return exec(Requests::take)
                .doIf(session -> session.contains("file")).then(move.exec(Requests::giveBack));
    }

    private static Session take(Session session) {
        Targets.Slot slot = slots.poll();
        if (slot == null) {
            starved.incrementAndGet();
            return session;
        }
        return session.set("slot", slot).set("file", slot.fileId()).set("login", slot.holder().login())
                .set("to", slot.other().postCode());
    }

    private static Session giveBack(Session session) {
        Targets.Slot slot = session.get("slot");
        if (session.isFailed()) {
            doubtful.add(slot);
        } else {
            slots.add(slot.swapped());
        }
        return session;
    }

    /** Sends the cookies of one of the login's page sessions: its id, and behind nginx the route to its instance. */
    private static ChainBuilder inSessionOf(java.util.function.Function<Session, String> login) {
        return exec(session -> {
            List<Browser.Login> logins = sessions.get(login.apply(session));
            if (logins == null || logins.isEmpty()) {
                throw new IllegalStateException("no page session for " + login.apply(session));
            }
            Browser.Login l = logins.get(ThreadLocalRandom.current().nextInt(logins.size()));
            return session.set("sid", l.sid()).set("route", l.route());
        }).exec(addCookie(Cookie("JSESSIONID", "#{sid}"))).exec(addCookie(Cookie("DAFTAR_ROUTE", "#{route}")));
    }
}

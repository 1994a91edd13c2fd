package org.daftar.benchmark.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP outside the measured loads: logging in through the form, probing, the sweep. */
final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * A logged-in session: its id, and the nginx route cookie of the instance that holds it (behind
     * the cluster's nginx, server-config/nginx/daftar.conf; "none" when the app is reached directly).
     */
    record Login(String sid, String route) {
    }

    /** Logs in through login.xhtml as a person would and returns the logged-in session. */
    Login login(String login) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IOException("no ViewState on the login page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:loginId", login);
        form.put("login:password", Requests.PASSWORD);
        form.put("login:next", "");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || after.uri().getPath().endsWith("login.xhtml")) {
            throw new IOException("login of " + login + " failed: " + after.statusCode() + " " + after.uri());
        }
        return new Login(cookie(cookies, "JSESSIONID").orElseThrow(() -> new IOException("no session cookie for " + login)),
                cookie(cookies, "DAFTAR_ROUTE").orElse("none"));
    }

    private static java.util.Optional<String> cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** The HTTP status of a GET, with Basic credentials when {@code login} is given. */
    int status(String path, String login) throws IOException, InterruptedException {
        return status(path, login, Duration.ofMinutes(5));
    }

    /** The HTTP status of a GET answered within {@code timeout} (else HttpTimeoutException). */
    int status(String path, String login, Duration timeout) throws IOException, InterruptedException {
        return get(path, login, timeout).statusCode();
    }

    HttpResponse<String> get(String path, String login) throws IOException, InterruptedException {
        return get(path, login, Duration.ofMinutes(5));
    }

    private HttpResponse<String> get(String path, String login, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (login != null) {
            b.header("Authorization", basic(login));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + Requests.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

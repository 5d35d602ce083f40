package io.github.gandjl.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drives Debian's headless Chromium over the DevTools protocol (a WebSocket, JSON by Gson): no
 * driver to download. Opens pages, records console errors and failed loads, evaluates scripts in
 * the page and takes full-page screenshots.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    HeadlessChromium() throws Exception {
        profile = Files.createTempDirectory("chromium-profile-");
        process =
                new ProcessBuilder(
                                BINARY.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-extensions",
                                "--hide-scrollbars",
                                "--user-data-dir=" + profile,
                                "--remote-debugging-port=0",
                                "about:blank")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        try {
            socket = connect();
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private WebSocket connect() throws Exception {
        String endpoint = endpoint();
        WebSocket ws =
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .buildAsync(URI.create(endpoint), new Listener())
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        socket = ws;
        String target =
                send("Target.createTarget", obj("url", "about:blank"))
                        .get("targetId")
                        .getAsString();
        JsonObject attach = obj("targetId", target);
        attach.addProperty("flatten", true);
        session = null;
        String id = send("Target.attachToTarget", attach).get("sessionId").getAsString();
        session = id;
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(domain + ".enable", new JsonObject());
        }
        return ws;
    }

    /** Chromium prints its DevTools address on standard error once it listens. */
    private String endpoint() throws IOException {
        BufferedReader err =
                new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain =
                        new Thread(
                                () -> {
                                    try {
                                        err.transferTo(java.io.Writer.nullWriter());
                                    } catch (IOException e) {
                                        // the browser is gone
                                    }
                                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.add(line);
        }
        throw new IOException("Chromium exited without a DevTools endpoint: " + seen);
    }

    /** Opens a URL and waits for its load event. */
    void open(URI url) throws Exception {
        loaded = new CompletableFuture<>();
        JsonObject result = send("Page.navigate", obj("url", url.toString()));
        if (result.has("errorText")) {
            problems.add("navigation failed: " + result.get("errorText").getAsString());
        }
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Console errors, exceptions, failed loads and HTTP errors seen since the browser started. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void clearProblems() {
        problems.clear();
    }

    /** Evaluates an expression in the page and returns its JSON value. */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject params = obj("expression", expression);
        params.addProperty("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + result.get("exceptionDetails"));
        }
        return result.getAsJsonObject("result").get("value");
    }

    /** A PNG of the whole page at the given width. */
    void screenshot(Path file, int width) throws Exception {
        int height =
                (int) Math.ceil(evaluate("document.documentElement.scrollHeight").getAsDouble());
        JsonObject metrics = new JsonObject();
        metrics.addProperty("width", width);
        metrics.addProperty("height", Math.min(height, 16000));
        metrics.addProperty("deviceScaleFactor", 1);
        metrics.addProperty("mobile", false);
        send("Emulation.setDeviceMetricsOverride", metrics);
        JsonObject params = obj("format", "png");
        params.addProperty("captureBeyondViewport", true);
        String data = send("Page.captureScreenshot", params).get("data").getAsString();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    void resize(int width, int height) throws Exception {
        JsonObject metrics = new JsonObject();
        metrics.addProperty("width", width);
        metrics.addProperty("height", height);
        metrics.addProperty("deviceScaleFactor", 1);
        metrics.addProperty("mobile", false);
        send("Emulation.setDeviceMetricsOverride", metrics);
    }

    private JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonObject answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    private void event(String method, JsonObject params) {
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" ->
                    problems.add("exception: " + params.get("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                String type = params.get("type").getAsString();
                if (type.equals("error") || type.equals("assert")) {
                    problems.add("console." + type + ": " + params.get("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonObject entry = params.getAsJsonObject("entry");
                if (entry.get("level").getAsString().equals("error")) {
                    problems.add(
                            "log error: "
                                    + entry.get("text").getAsString()
                                    + (entry.has("url")
                                            ? " (" + entry.get("url").getAsString() + ")"
                                            : ""));
                }
            }
            case "Network.loadingFailed" ->
                    problems.add(
                            "load failed: "
                                    + params.get("errorText").getAsString()
                                    + " "
                                    + params.get("requestId"));
            case "Network.responseReceived" -> {
                JsonObject response = params.getAsJsonObject("response");
                int status = response.get("status").getAsInt();
                String url = response.get("url").getAsString();
                if (status >= 400) {
                    problems.add("HTTP " + status + ": " + url);
                }
            }
            default -> {}
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(buffer.toString()).getAsJsonObject();
                buffer.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> reply =
                            pending.remove(message.get("id").getAsInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else if (message.has("method")) {
                    event(
                            message.get("method").getAsString(),
                            message.has("params")
                                    ? message.getAsJsonObject("params")
                                    : new JsonObject());
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private static JsonObject obj(String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }

    @Override
    public void close() throws Exception {
        try {
            session = null;
            send("Browser.close", new JsonObject());
        } catch (Exception e) {
            // Closing anyway below.
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> paths = Files.walk(profile)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Chromium may still be writing its profile; a temp directory can stay.
        }
    }
}

package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a loopback server that serves the subset, or misbehaves on purpose. */
class DownloadTest {

    @TempDir Path tmp;

    private HttpServer server;
    private ExecutorService executor;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    /** What the server does for one file name; by default it serves the subset's file. */
    private final Map<String, Handler> overrides = new ConcurrentHashMap<>();

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext(
                "/mirror/",
                exchange -> {
                    String name = exchange.getRequestURI().getPath().substring("/mirror/".length());
                    requests.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                    try {
                        overrides.getOrDefault(name, this::serveSubsetFile).handle(exchange);
                    } finally {
                        exchange.close();
                    }
                });
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void serveSubsetFile(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/mirror/".length());
        Path file = TestData.subset().resolve(name);
        if (!Split.allFiles().contains(name)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        send(exchange, Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Path cache() {
        return tmp.resolve("data").resolve("fashion-mnist");
    }

    private DataOptions options() {
        URI mirror = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror");
        return TestData.options(null, cache())
                .withDownloadAllowed(true)
                .withMirror(mirror)
                .withTimeout(Duration.ofSeconds(5))
                .withExpectedSums(TestData.subsetSums());
    }

    private List<String> cacheListing() throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private DataException downloadFails(DataOptions options, String... fragments) {
        DataException e =
                assertThrows(DataException.class, () -> Dataset.locate(options, GanLog.silent()));
        for (String fragment : fragments) {
            assertTrue(
                    e.getMessage().contains(fragment),
                    () -> "message lacks '" + fragment + "': " + e.getMessage());
        }
        return e;
    }

    private String url(String name) {
        return options().mirror().resolve(name).toString();
    }

    @Test
    void downloadsVerifiesAndUsesTheFiles() throws IOException {
        Dataset data = Dataset.locate(options(), GanLog.silent());
        assertEquals("downloaded", data.origin());
        assertEquals(cache(), data.directory());
        assertEquals(Split.allFiles().stream().sorted().toList(), cacheListing());
        for (String name : Split.allFiles()) {
            assertEquals(1, requests.get(name).get(), name);
            assertEquals(
                    -1L, Files.mismatch(TestData.subset().resolve(name), cache().resolve(name)));
        }
        assertEquals(2000, data.images(Split.TRAIN).count());
        assertEquals(500, data.labels(Split.TEST).length);
    }

    @Test
    void fetchesOnlyTheMissingFiles() throws IOException {
        Files.createDirectories(cache());
        Files.copy(
                TestData.subset().resolve(Split.TRAIN.imagesFile()),
                cache().resolve(Split.TRAIN.imagesFile()));
        Dataset data = Dataset.locate(options(), GanLog.silent());
        assertEquals("downloaded", data.origin());
        assertFalse(requests.containsKey(Split.TRAIN.imagesFile()));
        assertEquals(3, requests.size());
    }

    @Test
    void aCompleteCacheIsUsedWithoutDownloading() throws IOException {
        TestData.copySubset(cache(), false);
        Dataset data = Dataset.locate(options(), GanLog.silent());
        assertEquals("cache", data.origin());
        assertTrue(requests.isEmpty());
    }

    @Test
    void nothingIsFetchedWhenDownloadIsOff() {
        downloadFails(options().withDownloadAllowed(false), "Download is off");
        assertTrue(requests.isEmpty());
    }

    @Test
    void wrongContentIsRejectedAndNotKept() throws IOException {
        String name = Split.TRAIN.imagesFile();
        byte[] other = Files.readAllBytes(TestData.subset().resolve(Split.TEST.imagesFile()));
        overrides.put(name, exchange -> send(exchange, other));

        downloadFails(
                options(),
                "Looked in",
                "Download failed",
                url(name),
                "SHA-256",
                "expected " + TestData.subsetSums().get(name),
                "-Dgan.dataDirectory");
        assertEquals(List.of(), cacheListing());
    }

    @Test
    void aBodyCutOffMidwayIsRejectedAndNotKept() throws IOException {
        String name = Split.TRAIN.imagesFile();
        byte[] full = Files.readAllBytes(TestData.subset().resolve(name));
        overrides.put(
                name,
                exchange -> {
                    exchange.sendResponseHeaders(200, full.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(full, 0, full.length / 2);
                    out.flush();
                    // Closing short of the declared length drops the connection.
                });

        downloadFails(options(), "Download failed", url(name));
        assertEquals(List.of(), cacheListing());
    }

    @Test
    void anHttpErrorNamesTheUrlAndStatus() throws IOException {
        String name = Split.TRAIN.labelsFile();
        overrides.put(name, exchange -> exchange.sendResponseHeaders(404, -1));

        downloadFails(options(), url(name), "HTTP status 404");
        // The file before it in the list arrived whole and stays; nothing partial does.
        assertEquals(List.of(Split.TRAIN.imagesFile()), cacheListing());
    }

    @Test
    void aStalledServerTimesOut() throws IOException {
        String name = Split.TRAIN.imagesFile();
        overrides.put(
                name,
                exchange -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });

        long start = System.nanoTime();
        downloadFails(
                options().withTimeout(Duration.ofMillis(300)), url(name), "timed out after 300 ms");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        assertEquals(List.of(), cacheListing());
    }
}

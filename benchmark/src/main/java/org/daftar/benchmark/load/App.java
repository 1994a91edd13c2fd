package org.daftar.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** The application under test: the uber-jar started as its own process; boot time and resident memory. */
final class App implements AutoCloseable {

    /** The JVM options every script starts the jar with (the harness runs from the repository's root). */
    private static final Path JVM_ARGS = Path.of("server-config", "micro", "jvm.args");

    private final Process process;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong maxRssKb = new AtomicLong();
    /** The largest VmRSS seen in each phase of the run, in the order the phases began. */
    private final Map<String, Long> maxRssKbByPhase = new LinkedHashMap<>();
    private volatile String phase = "boot";
    private double bootSeconds;

    private App(Process process) {
        this.process = process;
    }

    /** Starts the jar with {@code env} on {@code port} and waits for /health/ready (at most {@code timeout}). */
    static App boot(Path jar, int port, Map<String, String> env, Path log, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("java", "@" + JVM_ARGS.toAbsolutePath(),
                "-jar", jar.toString(), "--port", Integer.toString(port), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        App app = new App(pb.start());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.process.isAlive()) {
                throw new IOException("the application exited during boot; see " + log);
            }
            try {
                if (client.sendAsync(ready, HttpResponse.BodyHandlers.discarding()).get(10, TimeUnit.SECONDS).statusCode() == 200) {
                    app.bootSeconds = (System.nanoTime() - start) / 1e9;
                    app.sampler.scheduleAtFixedRate(app::sample, 0, 1, TimeUnit.SECONDS);
                    return app;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        app.close();
        throw new IOException("the application was not ready within " + timeout + "; see " + log);
    }

    double bootSeconds() {
        return bootSeconds;
    }

    /** From now on the resident memory sampled counts towards the phase {@code name} as well. */
    void phase(String name) {
        phase = name;
    }

    /** The largest VmRSS seen in each phase, in MB. */
    Map<String, Double> maxRssMbByPhase() {
        sample();
        Map<String, Double> mb = new LinkedHashMap<>();
        synchronized (maxRssKbByPhase) {
            maxRssKbByPhase.forEach((name, kb) -> mb.put(name, kb / 1024.0));
        }
        return mb;
    }

    /** The largest VmRSS seen since boot, in MB. */
    double maxRssMb() {
        sample();
        return maxRssKb.get() / 1024.0;
    }

    private void sample() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    maxRssKb.accumulateAndGet(kb, Math::max);
                    synchronized (maxRssKbByPhase) {
                        maxRssKbByPhase.merge(phase, kb, Math::max);
                    }
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process has ended
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

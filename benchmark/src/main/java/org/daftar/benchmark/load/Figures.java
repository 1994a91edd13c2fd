package org.daftar.benchmark.load;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What Gatling measured for one scenario name: counts, and the percentiles and mean of the
 * successful responses in ms (see {@link Recorder}).
 */
public record Figures(String name, long ok, long ko, double p50, double p95, double p99, double mean) {

    /** Runs the loads one after the other in one Gatling run (HTML report in {@code resultsDir}) and returns the figures by name. */
    static Map<String, Figures> run(String baseUrl, List<Load> loads, Path resultsDir) throws IOException {
        Files.createDirectories(resultsDir);
        Recorder.clear();
        DaftarSimulation.plan = new DaftarSimulation.Plan(baseUrl, loads);
        int status = Gatling$.MODULE$.fromArgs(new String[]{
                "-s", DaftarSimulation.class.getName(), "-rf", resultsDir.toString()});
        if (status != 0) {
            throw new IOException("Gatling ended with status " + status);
        }
        return Recorder.figures();
    }
}

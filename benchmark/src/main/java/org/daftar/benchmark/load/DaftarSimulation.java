package org.daftar.benchmark.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.List;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The Gatling simulation of one run: its loads one after the other. Gatling instantiates it by
 * reflection, so the harness hands over the plan through {@link #plan} before starting the run.
 */
public class DaftarSimulation extends Simulation {

    /** What the next run drives: the base URL and the loads in order. */
    public record Plan(String baseUrl, List<Load> loads) {}

    static volatile Plan plan;

    public DaftarSimulation() {
        Plan p = plan;
        HttpProtocolBuilder protocol = http.baseUrl(p.baseUrl())
                .shareConnections()
                .acceptHeader("text/html,application/json,application/xhtml+xml,*/*;q=0.8")
                .acceptLanguageHeader("hi-IN,hi;q=0.9,en;q=0.8")
                .userAgentHeader("daftar-benchmark (Gatling)");
        List<Load> loads = p.loads();
        PopulationBuilder chain = loads.get(loads.size() - 1).population();
        for (int i = loads.size() - 2; i >= 0; i--) {
            chain = loads.get(i).population().andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }
}

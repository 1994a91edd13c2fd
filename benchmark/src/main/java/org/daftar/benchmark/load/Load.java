package org.daftar.benchmark.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;

import java.util.function.Supplier;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * One measured load: a chain of requests offered at a fixed arrival rate (open model: a new virtual
 * user per arrival, whether or not the server keeps up), or repeated one after the other by a single
 * user (for builds that take seconds, where a rate means nothing), or repeated for a while by a few
 * users at once (closed model: to warm a path up as fast as the server goes). The chain is built
 * inside the simulation, as Gatling's DSL demands.
 */
public record Load(String name, Supplier<ChainBuilder> chain, double perSecond, int seconds, int times, int users) {

    public static Load open(String name, Supplier<ChainBuilder> chain, double perSecond, int seconds) {
        return new Load(name, chain, perSecond, seconds, 0, 0);
    }

    public static Load sequential(String name, Supplier<ChainBuilder> chain, int times) {
        return new Load(name, chain, 0, 0, times, 0);
    }

    public static Load closed(String name, Supplier<ChainBuilder> chain, int users, int seconds) {
        return new Load(name, chain, 0, seconds, 0, users);
    }

    PopulationBuilder population() {
        if (times > 0) {
            return scenario(name).repeat(times).on(chain.get()).injectOpen(atOnceUsers(1));
        }
        if (users > 0) {
            return scenario(name).during(seconds).on(chain.get()).injectOpen(atOnceUsers(users));
        }
        return scenario(name).exec(chain.get()).injectOpen(constantUsersPerSec(perSecond).during(seconds));
    }
}

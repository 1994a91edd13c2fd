package org.daftar.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long freeOfMax = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return HealthCheckResponse.named("daftar").status(freeOfMax > 16L * 1024 * 1024)
                .withData("freeMemoryMb", freeOfMax / (1024 * 1024)).build();
    }
}

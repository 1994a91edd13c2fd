package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.daftar.mis.onboarding.OnboardingRows.OnboardingReport;
import org.daftar.mis.onboarding.OnboardingService;

/**
 * The onboarding tracker as JSON: per department each step (done, date, by whom, detail, and for
 * the computed steps how many of how many) with its percentage, and the district's percentage.
 */
@Path("/v1/reports/onboarding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OnboardingReportResource {

    @Inject
    private OnboardingService onboarding;

    @GET
    public OnboardingReport onboarding() {
        return onboarding.report();
    }
}

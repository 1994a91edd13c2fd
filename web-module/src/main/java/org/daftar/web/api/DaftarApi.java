package org.daftar.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** The REST API: /api/v1/…, with a personal token (Bearer) or HTTP Basic. */
@ApplicationPath("/api")
public class DaftarApi extends Application {

    /** An error status without a body must not be turned into the HTML error page by the servlet container. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}

package org.daftar.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API: /api/v1/…, with a personal token (Bearer) or HTTP Basic. */
@ApplicationPath("/api")
public class DaftarApi extends Application {
}

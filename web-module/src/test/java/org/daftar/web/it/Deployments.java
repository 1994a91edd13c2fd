package org.daftar.web.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The integration suites deploy the WAR the build produced, not a hand-picked list of classes. */
public final class Deployments {

    public static final String DEMO_PASSWORD = "Daftar@2026";

    /**
     * HTTP/1.1 only: the JDK client's default offers an h2c upgrade, and Payara's Grizzly now and then
     * answers it with a plain HTTP/1.1 response that the client reads as an HTTP/2 frame
     * ("Frame type(80) length(4740180) exceeds MAX_FRAME_SIZE", seen in CI).
     */
    public static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    private Deployments() {
    }

    public static WebArchive realWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("daftar.war", "target/ROOT.war")));
    }

    /** In-container tests assert with AssertJ, which the application itself does not ship. */
    public static WebArchive withTestLibraries(WebArchive war) {
        try {
            File assertj = new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, assertj));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

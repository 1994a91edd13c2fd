package org.daftar.web.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The integration suites deploy the WAR the build produced, not a hand-picked list of classes. */
public final class Deployments {

    public static final String DEMO_PASSWORD = "Daftar@2026";

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

package org.daftar.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
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
}

package org.happystation.kiosk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, as Arquillian deploys it, and where the server under test keeps its data. */
final class StationWar {

    static final String BASE_URL = "http://127.0.0.1:8380";

    private StationWar() {}

    static WebArchive built() {
        var war = Path.of(System.getProperty("station.war", "target/ROOT.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war.toFile())
                .as(WebArchive.class);
    }

    /** The first administrator's password, which the server wrote on its first start. */
    static String adminPassword() {
        var file = Path.of(System.getProperty("station.it.data.dir", "target/it-data"), "initial-admin-password");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("The server under test wrote no " + file, e);
        }
    }
}

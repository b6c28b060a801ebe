package org.happystation.kiosk.it.incontainer;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, with this package's tests added, for tests that run inside the server. */
final class StationDeployment {

    private StationDeployment() {}

    static WebArchive withTests() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(Path.of(System.getProperty("station.war", "target/ROOT.war"))
                        .toFile())
                .as(WebArchive.class)
                .addPackage(StationDeployment.class.getPackage())
                // The service plugins' own domain code, run here against the real host services.
                .addPackage("org.happystation.plugins.canteen.domain")
                .addPackage("org.happystation.plugins.eldercare.domain");
    }
}

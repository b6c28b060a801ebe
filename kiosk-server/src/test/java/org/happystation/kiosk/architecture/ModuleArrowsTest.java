package org.happystation.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of DESIGN.md "Modules" pointing one way: the kiosk server uses the volunteer module
 * and the plugin API; neither of them knows the kiosk server, and the volunteer module knows no plugin.
 */
class ModuleArrowsTest {

    private static JavaClasses everything;

    @BeforeAll
    static void importClasses() {
        everything = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.happystation");
    }

    @Test
    void the_volunteer_module_knows_nothing_of_the_kiosk_or_of_plugins() {
        noClasses()
                .that()
                .resideInAPackage("org.happystation.points..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.happystation.kiosk..", "org.happystation.plugin..")
                .check(everything);
    }

    @Test
    void the_plugin_api_depends_on_nothing_of_ours() {
        noClasses()
                .that()
                .resideInAPackage("org.happystation.plugin.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.happystation.kiosk..", "org.happystation.points..")
                .check(everything);
    }

    @Test
    void domain_services_do_not_depend_on_views() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.happystation.kiosk.stations..",
                        "org.happystation.kiosk.residents..",
                        "org.happystation.kiosk.accounts..",
                        "org.happystation.kiosk.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..", "com.vaadin..")
                .check(everything);
    }

    @Test
    void the_volunteer_modules_domain_knows_no_views_and_no_web_layer() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.happystation.points.volunteers..",
                        "org.happystation.points.activities..",
                        "org.happystation.points.checkin..",
                        "org.happystation.points.records..",
                        "org.happystation.points.ledger..",
                        "org.happystation.points.rewards..",
                        "org.happystation.points.certificates..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.happystation.points.ui..",
                        "org.happystation.points.api..",
                        "com.vaadin..",
                        "jakarta.ws.rs..")
                .check(everything);
    }

    @Test
    void views_never_touch_the_entity_manager() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(everything);
    }
}

package dev.codatsandbox;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, checked on the compiled classes: packages import each other one way only (no cycles), and
 * the capabilities never reach up into the endpoints that use them ({@code admin}, {@code api}). A change that breaks
 * either fails here with the classes and the import that did it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.codatsandbox");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.codatsandbox.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void capabilitiesDoNotImportTheEndpoints() {
        noClasses().that().resideOutsideOfPackages("dev.codatsandbox.admin..", "dev.codatsandbox.api..",
                        "dev.codatsandbox")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codatsandbox.admin..", "dev.codatsandbox.api..")
                .check(classes);
    }

    @Test
    void theEndpointsDoNotImportEachOther() {
        noClasses().that().resideInAPackage("dev.codatsandbox.admin..")
                .should().dependOnClassesThat().resideInAPackage("dev.codatsandbox.api..").check(classes);
    }
}

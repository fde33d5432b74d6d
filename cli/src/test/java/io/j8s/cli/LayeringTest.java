package io.j8s.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of STYLE.md: cli -> components -> apimachinery/storage, and components never import each other. */
class LayeringTest {

    private static final String[] COMPONENTS = {
        "io.j8s.apiserver..", "io.j8s.scheduler..", "io.j8s.controllers..", "io.j8s.kubelet..", "io.j8s.proxy.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.j8s");
    }

    @Test
    void apimachineryDependsOnNoOtherPartOfJ8s() {
        noClasses().that().resideInAPackage("io.j8s.apimachinery..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.j8s.storage..", "io.j8s.apiserver..", "io.j8s.scheduler..", "io.j8s.controllers..",
                        "io.j8s.kubelet..", "io.j8s.proxy..", "io.j8s.cli..", "io.j8s.bench..")
                .check(classes);
    }

    @Test
    void storageDependsOnNoOtherPartOfJ8s() {
        noClasses().that().resideInAPackage("io.j8s.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.j8s.apimachinery..", "io.j8s.apiserver..", "io.j8s.scheduler..", "io.j8s.controllers..",
                        "io.j8s.kubelet..", "io.j8s.proxy..", "io.j8s.cli..", "io.j8s.bench..")
                .check(classes);
    }

    @Test
    void componentsNeverImportEachOther() {
        for (String component : COMPONENTS) {
            String[] others = java.util.Arrays.stream(COMPONENTS).filter(c -> !c.equals(component)).toArray(String[]::new);
            noClasses().that().resideInAPackage(component)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyTheCliAndBenchmarksSeeAboveTheComponents() {
        noClasses().that().resideOutsideOfPackages("io.j8s.cli..", "io.j8s.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("io.j8s.cli..", "io.j8s.bench..")
                .check(classes);
    }
}

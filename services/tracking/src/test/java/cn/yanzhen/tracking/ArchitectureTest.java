package cn.yanzhen.tracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tracking is cut into feature slices ({@code cn.yanzhen.tracking.<slice>}), each with the layers every service
 * keeps (the platform's {@code ArchitectureRules.checkSlices}: its rules for a layer inside any slice). Between
 * slices: none reaches into another's storage (it asks the other's application API), none depends on another in a
 * circle, and the figures kernel knows no feature (each feeds it through {@code FigureContribution}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final String ROOT = "cn.yanzhen.tracking";
    private static final String DOMAIN = ROOT + ".*.domain..";
    private static final String APPLICATION = ROOT + ".*.application..";
    private static final String PERSISTENCE = ROOT + ".*.persistence..";
    private static final String API = ROOT + ".*.api..";
    private static final String MESSAGING = ROOT + ".*.messaging..";
    private static final Set<String> SLICES = Set.of("figures", "projects", "verification", "outcomes", "obstacles",
            "keyprojects", "rounds");

    private JavaClasses tracking;

    @BeforeAll
    void importTracking() {
        tracking = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyClassLivesInALayerOfOneOfTheSlices() {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : tracking) {
            String[] path = type.getPackageName().substring(ROOT.length() + 1).split("\\.");
            found.add(path[0]);
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(SLICES);
        classes().should().resideInAnyPackage(DOMAIN, APPLICATION, PERSISTENCE, API, MESSAGING)
                .because("a slice keeps the layers every service keeps; nothing lives beside the slices")
                .check(tracking);
    }

    @Test
    void noSliceReachesIntoAnothersStorage() {
        for (String slice : SLICES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + slice + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + slice + ".persistence..")
                    .because("a slice asks another through its application API; its entities and tables are its own")
                    .check(tracking);
        }
    }

    @Test
    void slicesDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .because("a slice can be read, changed and tested knowing only the slices below it")
                .check(tracking);
    }

    @Test
    void theFiguresKernelKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".figures..")
                .should().dependOnClassesThat().resideInAnyPackage(SLICES.stream().filter(slice -> !"figures".equals(slice))
                        .map(slice -> ROOT + "." + slice + "..").toArray(String[]::new))
                .because("every feature feeds the kernel through FigureContribution, ScopeFigureTable and "
                        + "ScopeFigurePart; adding a figure touches its slice and the kernel, never the reverse")
                .check(tracking);
    }

    @Test
    void eachSliceKeepsThePlatformsLayers() {
        ArchitectureRules.checkSlices(ROOT);
    }
}

package cn.yanzhen.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package architecture every service keeps: {@code domain} is pure Java (no framework), no
 * layer reaches into one that sits above it, and every endpoint names the roles that may call it.
 */
public final class ArchitectureRules {

    private static final String JAX_RS = "jakarta.ws.rs.";
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

    private ArchitectureRules() {
    }

    /** Checks the production classes of the service whose root package is given, e.g. {@code cn.yanzhen.intake}. */
    public static void check(String servicePackage) {
        checkLayers(productionClasses(servicePackage), servicePackage, servicePackage);
    }

    /**
     * Checks a service cut into feature slices, each keeping the layers inside it
     * ({@code cn.yanzhen.tracking.<slice>.domain}): a layer of one slice may no more reach into a layer above it in
     * another slice than in its own.
     */
    public static void checkSlices(String servicePackage) {
        checkLayers(productionClasses(servicePackage), servicePackage, servicePackage + ".*");
    }

    private static JavaClasses productionClasses(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    /** The rules, for layers at {@code layerParent}.domain, .application, … of the classes under {@code servicePackage}. */
    private static void checkLayers(JavaClasses service, String servicePackage, String layerParent) {
        String domain = layerParent + ".domain..";

        classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", domain, "cn.yanzhen.contracts..", "cn.yanzhen.platform.validation..",
                        "cn.yanzhen.platform.sheet")
                .because("domain logic is plain Java, unit-tested without Quarkus")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideInAPackage(layerParent + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(layerParent + ".api..",
                        layerParent + ".messaging..", layerParent + ".application..")
                .because("storage knows nothing of how requests and records arrive, nor of the use cases")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideInAPackage(layerParent + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.yanzhen.platform.outbox..",
                        "cn.yanzhen.platform.audit..")
                .because("what a change publishes and audits is the use case's business, not the storage's")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideInAPackage(layerParent + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        layerParent + ".api..", layerParent + ".messaging..")
                .because("use cases are the same whether a request or a record asks for them")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideInAPackage(layerParent + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(layerParent + ".api..",
                        layerParent + ".persistence..")
                .because("consumers hand their records to the use cases, not to the REST layer or the storage")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideOutsideOfPackage(layerParent + ".api..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("HTTP is the REST layer's business: use cases and storage raise domain errors, api maps them")
                .allowEmptyShould(true)
                .check(service);
        noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().resideInAPackage("cn.yanzhen.platform.testing..")
                .because("test support stays out of production code")
                .allowEmptyShould(true)
                .check(service);
        methods().that().areAnnotatedWith(JAX_RS + "GET").or().areAnnotatedWith(JAX_RS + "POST")
                .or().areAnnotatedWith(JAX_RS + "PUT").or().areAnnotatedWith(JAX_RS + "DELETE")
                .should().beAnnotatedWith(ROLES_ALLOWED)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(ROLES_ALLOWED)
                .because("every endpoint says which roles may call it (docs/contract.md §7.3)")
                .allowEmptyShould(true)
                .check(service);
    }
}

package cn.yanzhen.platform.sheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SheetPurityTest {

    @Test
    void theSheetValuesServicesDomainsUseArePlainJava() {
        classes().that().resideInAPackage("cn.yanzhen.platform.sheet")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.yanzhen.platform.sheet",
                        "cn.yanzhen.platform.validation")
                .because("services' domain packages read sheets with them (ArchitectureRules lets them), and stay pure")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.yanzhen.platform.sheet"));
    }
}

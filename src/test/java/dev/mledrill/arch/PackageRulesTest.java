package dev.mledrill.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How the packages may depend on each other (docs/ARCHITECTURE.md draws the picture); that the core
 * reaches no adapter is {@link CoreIndependenceTest}.
 */
class PackageRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mledrill");

    @Test
    @DisplayName("no two packages depend on each other, directly or around a cycle")
    void noPackageCycles() {
        slices().matching("dev.mledrill.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    @DisplayName("the Slack and Discord adapters do not import each other")
    void adaptersStandAlone() {
        noClasses()
                .that()
                .resideInAPackage("dev.mledrill.chat.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.mledrill.chat.discord..")
                .check(PRODUCTION);
        noClasses()
                .that()
                .resideInAPackage("dev.mledrill.chat.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.mledrill.chat.slack..")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("only the composition root builds the JDBC stores")
    void onlyAppBuildsStores() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.mledrill.app..", "dev.mledrill.store..")
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a constructor of a Jdbc* store",
                        (JavaConstructorCall call) ->
                                call.getTargetOwner().getPackageName().equals("dev.mledrill.store")
                                        && call.getTargetOwner().getSimpleName().startsWith("Jdbc")))
                .because("Application builds every store from one database (one composition root)")
                .check(PRODUCTION);
    }
}

package dev.mledrill.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoreIndependenceTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mledrill");

    private static final String[] CORE = {
        "dev.mledrill.question..",
        "dev.mledrill.rubric..",
        "dev.mledrill.followup..",
        "dev.mledrill.drill..",
        "dev.mledrill.schedule..",
        "dev.mledrill.streak..",
        "dev.mledrill.leaderboard..",
        "dev.mledrill.command..",
        "dev.mledrill.privacy..",
        "dev.mledrill.progress..",
    };

    @Test
    @DisplayName("the core imports no Slack, JDA, JDBC or H2 type")
    void coreKnowsNoPlatformOrDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .or()
                .resideInAPackage("dev.mledrill.chat")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.slack..",
                        "net.dv8tion..",
                        "java.sql..",
                        "javax.sql..",
                        "org.h2..",
                        "org.flywaydb..",
                        "okhttp3..")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("the core does not reach into adapters, the CLI or the composition root")
    void coreDependsOnNoAdapter() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .or()
                .resideInAPackage("dev.mledrill.chat")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.mledrill.chat.slack..",
                        "dev.mledrill.chat.discord..",
                        "dev.mledrill.chat.console..",
                        "dev.mledrill.store..",
                        "dev.mledrill.cli..",
                        "dev.mledrill.app..")
                .check(PRODUCTION);
    }
}

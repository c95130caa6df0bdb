package dev.gryag.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the command line: {@code dev.gryag.app.cli} only puts the commands together, each
 * sub-package ({@code analyze}, {@code report}, {@code imports}, …) holds one job, and arrows run
 * down from the top and across the rooms, never back up and never round in a circle.
 */
class CliArchitectureTest {

  private static final String CLI = "dev.gryag.app.cli";

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CLI);
  }

  static final ArchRule SUB_PACKAGES_DO_NOT_DEPEND_ON_THE_TOP_LEVEL =
      noClasses()
          .that()
          .resideInAPackage(CLI + ".*..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .as("the sub-packages of " + CLI + " do not depend on the top-level package");

  static final ArchRule THE_ROOMS_ARE_FREE_OF_CYCLES =
      slices()
          .matching(CLI + ".(*)..")
          .should()
          .beFreeOfCycles()
          .as("the sub-packages of " + CLI + " are free of cycles");

  @Test
  void theCommandLineAndItsRoomsAreImported() {
    assertThat(production.containPackage(CLI)).isTrue();
    assertThat(production.containPackage(CLI + ".report")).isTrue();
    assertThat(production.containPackage(CLI + ".support")).isTrue();
  }

  @Test
  void subPackagesDoNotDependOnTheTopLevelPackage() {
    SUB_PACKAGES_DO_NOT_DEPEND_ON_THE_TOP_LEVEL.check(production);
  }

  @Test
  void theSubPackagesAreFreeOfCycles() {
    THE_ROOMS_ARE_FREE_OF_CYCLES.check(production);
  }
}

package dev.gryag.app.bot.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the hexagon honest: app-bot sees every production class of core and the adapters, so the
 * rules run here. Each rule is also run against a fixture that breaks it, to show it can fail.
 */
class ArchitectureTest {

  private static final ArchitectureRules GRYAG = new ArchitectureRules("dev.gryag");
  private static final ArchitectureRules FIXTURE = new ArchitectureRules("dev.gryag.archfixture");

  /** Test jars of other modules (core's store contracts) on this module's test class path. */
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

  private static JavaClasses production;
  private static JavaClasses violations;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages("dev.gryag");
    violations = new ClassFileImporter().importPackages("dev.gryag.archfixture");
  }

  static Stream<ArchRule> rules() {
    return GRYAG.all().stream();
  }

  static Stream<ArchRule> fixtureRules() {
    return FIXTURE.all().stream();
  }

  @Test
  void theProductionClassesOfEveryModuleAreImported() {
    assertThat(production.containPackage("dev.gryag.core")).isTrue();
    assertThat(production.containPackage("dev.gryag.adapter.persistence")).isTrue();
    assertThat(production.containPackage("dev.gryag.adapter.llm")).isTrue();
    assertThat(production.containPackage("dev.gryag.adapter.telegram")).isTrue();
    assertThat(production.containPackage("dev.gryag.app.bot")).isTrue();
    assertThat(production.containPackage("dev.gryag.app.wiring")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void gryagKeepsTheRule(ArchRule rule) {
    rule.check(production);
  }

  @ParameterizedTest(name = "a violation of \"{0}\" fails")
  @MethodSource("fixtureRules")
  void aViolationOfTheRuleFails(ArchRule rule) {
    assertThatThrownBy(() -> rule.check(violations))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("was violated");
  }
}

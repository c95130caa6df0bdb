package dev.gryag.app.bot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rule of Gryag as ArchUnit rules, for any root package so that a fixture with
 * deliberate violations can prove each rule fails when broken.
 */
final class ArchitectureRules {

  private final String root;

  ArchitectureRules(String root) {
    this.root = root;
  }

  List<ArchRule> all() {
    return List.of(
        coreDependsOnNothingButTheJdk(),
        coreNeverUsesGuiceJooqOkHttpJacksonOrPicocli(),
        adaptersDoNotDependOnEachOther(),
        adaptersDoNotDependOnTheApps(),
        onlyTheAppsReferenceGuice(),
        theFeaturesOfCoreAreFreeOfCycles(),
        thePackagesOfEachAdapterAreFreeOfCycles(),
        thePackagesOfEachAppAreFreeOfCycles());
  }

  ArchRule coreDependsOnNothingButTheJdk() {
    return classes()
        .that()
        .resideInAPackage(root + ".core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".core..")
        .as("core depends on nothing but the JDK");
  }

  ArchRule coreNeverUsesGuiceJooqOkHttpJacksonOrPicocli() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.google.inject..",
            "jakarta.inject..",
            "org.jooq..",
            "okhttp3..",
            "com.fasterxml.jackson..",
            "picocli..")
        .as("Guice, jOOQ, OkHttp, Jackson and picocli never appear in core");
  }

  ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  ArchRule adaptersDoNotDependOnTheApps() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".app..")
        .as("adapters do not depend on the apps");
  }

  ArchRule onlyTheAppsReferenceGuice() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".app..")
        .and()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..")
        .as("only the apps reference Guice");
  }

  /** Each feature package of core with its sub-packages is one slice; none reaches back. */
  ArchRule theFeaturesOfCoreAreFreeOfCycles() {
    return slices()
        .matching(root + ".core.(*)..")
        .should()
        .beFreeOfCycles()
        .as("the features of core are free of cycles");
  }

  /**
   * Every package of an adapter is a slice of its own. The classes jOOQ generates are left out: its
   * tables, records and keys refer to each other by design.
   */
  ArchRule thePackagesOfEachAdapterAreFreeOfCycles() {
    return slices()
        .matching(root + ".adapter.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(resideInAPackage(root + ".adapter.persistence.jooq.."), alwaysTrue())
        .as("the packages of each adapter are free of cycles");
  }

  /** Every package of an app is a slice of its own. */
  ArchRule thePackagesOfEachAppAreFreeOfCycles() {
    return slices()
        .matching(root + ".app.(**)")
        .should()
        .beFreeOfCycles()
        .as("the packages of each app are free of cycles");
  }
}

package org.attache.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of the pipeline's packages: the ground ({@code analysis}) below every stage, the
 * extractor alone on top, no package loops. The build fails when one comes back.
 */
class PackageLayoutTest {
  private static JavaClasses pipeline;

  @BeforeAll
  static void importClasses() {
    pipeline =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attache.pipeline");
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.attache.(**)").should().beFreeOfCycles().check(pipeline);
  }

  @Test
  void theGroundStandsOnTheModelAndTheDocumentAlone() {
    classes()
        .that()
        .resideInAPackage("org.attache.pipeline.analysis")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.attache.pipeline.analysis",
            "org.attache.pipeline.read",
            "org.attache.model..",
            "java..")
        .check(pipeline);
  }

  @Test
  void onlyTheBatchRunnerBuildsOnTheExtractor() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.attache.pipeline", "org.attache.pipeline.batch")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attache.pipeline")
        .check(pipeline);
  }

  @Test
  void coreNlpStaysBehindItsAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.attache.pipeline.nlp.corenlp")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(pipeline);
  }
}

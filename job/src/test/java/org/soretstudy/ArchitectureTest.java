package org.soretstudy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job's packages in layers, every import pointing down, and no cycle between packages, so that the next
 * back-arrow fails the build:
 * <pre>
 * cli                                   picocli commands (thin)
 * run, bench, surrogate, report, submit, lines   the engines of the commands
 * spec, io, stats                       a study's spec, its files, its statistics
 * sampling, datasets, solver            pure maths and physics: designs, distributions, curated data, the cell
 * error                                 the one user-error type every layer throws
 * </pre>
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.soretstudy");
    }

    @Test
    void layersPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.soretstudy..")
                .withOptionalLayers(true)
                .layer("cli").definedBy("org.soretstudy.cli..")
                .layer("engines").definedBy("org.soretstudy.run..", "org.soretstudy.bench..", "org.soretstudy.surrogate..",
                        "org.soretstudy.report..", "org.soretstudy.submit..", "org.soretstudy.lines..")
                .layer("study").definedBy("org.soretstudy.spec..", "org.soretstudy.io..", "org.soretstudy.stats..")
                .layer("foundations").definedBy("org.soretstudy.sampling..", "org.soretstudy.datasets..", "org.soretstudy.solver..")
                .layer("error").definedBy("org.soretstudy.error..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("engines").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("study").mayOnlyBeAccessedByLayers("cli", "engines")
                .whereLayer("foundations").mayOnlyBeAccessedByLayers("cli", "engines", "study")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.soretstudy.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void enginesDoNotImportEachOther() {
        slices().matching("org.soretstudy.(run|bench|surrogate|report|submit|lines)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.soretstudy.run"))
                .check(classes);
    }

    @Test
    void samplingIsPureMathsAndTheSolverStandsAlone() {
        noClasses().that().resideInAPackage("org.soretstudy.sampling..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.spark..", "org.apache.hadoop..",
                        "org.soretstudy.spec..", "org.soretstudy.io..", "org.soretstudy.solver..")
                .because("sampling knows nothing of specs, JSON or the cell: designs, distributions, generators")
                .check(classes);
        noClasses().that().resideInAPackage("org.soretstudy.solver..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.soretstudy.solver..", "java..")
                .because("the solver module has no dependency")
                .check(classes);
    }
}

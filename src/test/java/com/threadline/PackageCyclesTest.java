package com.threadline;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages depend on each other one way: a new import that closes a loop between two of them
 * (say notification → live → exception → notification) fails here, naming the classes on the loop.
 */
@AnalyzeClasses(packages = "com.threadline", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("com.threadline.(*)..")
            .namingSlices("$1").should().beFreeOfCycles();
}

package dev.parley.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Each adapter implements ports with one technology and never imports another adapter; nothing cycles. */
@AnalyzeClasses(packages = "dev.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationTest {

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("dev.parley.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("dev.parley.(**)")
            .should().beFreeOfCycles();
}

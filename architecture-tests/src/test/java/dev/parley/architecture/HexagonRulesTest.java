package dev.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rings of the hexagon: the ports and the domain know nothing but the JDK (and the domain the ports). */
@AnalyzeClasses(packages = "dev.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonRulesTest {

    @ArchTest
    static final ArchRule ports_depend_on_the_jdk_alone = classes()
            .that().resideInAPackage("dev.parley.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.parley.ports..");

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_and_the_ports_alone = classes()
            .that().resideInAPackage("dev.parley.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.parley.ports..", "dev.parley.domain..");

    @ArchTest
    static final ArchRule adapters_never_reach_into_the_domain_internals = classes()
            .that().resideInAPackage("dev.parley.adapter..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "dev.parley.domain.account..", "dev.parley.domain.social..", "dev.parley.domain.agent..",
                    "dev.parley.domain.messaging..", "dev.parley.domain.delivery..")
            .allowEmptyShould(true);
}

package org.essmarket.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps (DESIGN.md §2), shared through platform's test-jar. A service's
 * ArchitectureTest lists these rules against its own packages.
 */
public final class ArchitectureRules {

    /** Domain classes hold the business rules and know nothing of Spring, Mongo or JSON. */
    public static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
                    "com.fasterxml.jackson..", "jakarta.servlet..", "feign..")
            .because("the domain must stay plain Java (DESIGN.md §2)");

    /** The domain does not reach out to the outer layers of its own service. */
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..persistence..", "..application..",
                    "..integration..", "..config..")
            .because("use cases and adapters depend on the domain, never the reverse");

    /** Controllers go through use cases; they never talk to repositories or documents. */
    public static final ArchRule API_DOES_NOT_TOUCH_PERSISTENCE = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("controllers call use cases (application), which own persistence");

    private ArchitectureRules() {
    }
}

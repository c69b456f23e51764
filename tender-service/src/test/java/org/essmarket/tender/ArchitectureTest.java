package org.essmarket.tender;

import org.essmarket.platform.test.ArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packagesOf = TenderServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = ArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS;

    @ArchTest
    static final ArchRule domain_does_not_depend_on_outer_layers = ArchitectureRules.DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS;

    @ArchTest
    static final ArchRule api_does_not_touch_persistence = ArchitectureRules.API_DOES_NOT_TOUCH_PERSISTENCE;
}

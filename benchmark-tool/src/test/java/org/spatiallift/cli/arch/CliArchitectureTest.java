package org.spatiallift.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The command-line tool runs without a GUI toolkit. */
@AnalyzeClasses(packages = "org.spatiallift.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule benchmarkToolDoesNotUseApp = noClasses().that().resideInAPackage("org.spatiallift.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.spatiallift.app..", "javafx..")
            .because("the CLI runs headless on servers: it calls the engine only");

    @ArchTest
    static final ArchRule restrictToSlf4jLogger = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("SLF4J is the one logging API");
}

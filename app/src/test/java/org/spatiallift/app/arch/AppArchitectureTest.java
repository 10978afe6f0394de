package org.spatiallift.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** MVVM layering of the app (docs/decisions/0001). */
@AnalyzeClasses(packages = "org.spatiallift.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotCallEngine = noClasses().that().resideInAPackage("org.spatiallift.app.view..")
            .should().dependOnClassesThat().resideInAPackage("org.spatiallift.engine..")
            .because("views bind to view models; only view models call the engine");

    @ArchTest
    static final ArchRule viewModelsDoNotBuildNodes = noClasses().that().resideInAPackage("org.spatiallift.app.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxyz3d..")
            .because("view models hold state and commands, testable without a stage or scene graph");

    @ArchTest
    static final ArchRule viewModelsDoNotUseViews = noClasses().that().resideInAPackage("org.spatiallift.app.viewmodel..")
            .should().dependOnClassesThat().resideInAPackage("org.spatiallift.app.view..")
            .because("data flows from view models to views through bindings, never back by reference");

    @ArchTest
    static final ArchRule renderIsPlainJava = noClasses().that().resideInAnyPackage("org.spatiallift.app.render..",
                    "org.spatiallift.app.prefs..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxyz3d..", "org.spatiallift.engine..")
            .because("the 3D renderer and preferences are computed and tested without a toolkit");

    @ArchTest
    static final ArchRule restrictStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the app logs through SLF4J and tells the user through notifications");

    @ArchTest
    static final ArchRule restrictToSlf4jLogger = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("SLF4J is the one logging API");
}

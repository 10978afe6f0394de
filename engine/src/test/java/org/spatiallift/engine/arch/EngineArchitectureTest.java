package org.spatiallift.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Keeps the engine a pure-Java library (docs/decisions/0001). */
@AnalyzeClasses(packages = "org.spatiallift.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.spatiallift.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.fxyz3d..")
            .because("the engine is pure Java: the CLI and batch jobs run it without a toolkit");

    @ArchTest
    static final ArchRule engineDoesNotKnowTheAppOrCli = noClasses().that().resideInAPackage("org.spatiallift.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.spatiallift.app..", "org.spatiallift.cli..")
            .because("data flows one way: app and CLI call the engine, never back");

    @ArchTest
    static final ArchRule onlyPerceptionRunsOnnxRuntime = noClasses().that().resideOutsideOfPackage("org.spatiallift.engine.perception..")
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .because("models run only behind the perception seams (Detector), which time them and record provenance (ADR 0004)");

    @ArchTest
    static final ArchRule onnxRuntimeStartsOnlyWithTelemetryOff = noClasses()
            .that().doNotHaveFullyQualifiedName("org.spatiallift.engine.perception.runtime.OrtEnvironments")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    HasName.Predicates.name("ai.onnxruntime.OrtEnvironment"))).and(JavaCall.Predicates.target(
                    HasName.Predicates.name("getEnvironment"))))
            .because("OrtEnvironments switches ONNX Runtime's telemetry off before its native library loads (ADR 0017)");

    @ArchTest
    static final ArchRule djlIsReachedOnlyOffline = noClasses()
            .that().doNotHaveFullyQualifiedName("org.spatiallift.engine.perception.runtime.DjlEnvironment")
            .and().doNotHaveFullyQualifiedName("org.spatiallift.engine.perception.text.HfTokenizer")
            .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
            .because("DjlEnvironment switches DJL offline and chooses its native folder before HfTokenizer loads a"
                    + " tokenizer; without it DJL calls the EC2 metadata service (ADR 0034)");

    @ArchTest
    static final ArchRule onlyMasksRunOpenCv = noClasses().that().resideOutsideOfPackage("org.spatiallift.engine.perception.mask..")
            .should().dependOnClassesThat().resideInAnyPackage("org.opencv..", "nu.pattern..")
            .because("OpenCV's natives are loaded in one place (OpenCv) and used only behind the MaskSource seam");

    @ArchTest
    static final ArchRule onlyProjectUsesSql = noClasses().that().resideOutsideOfPackage("org.spatiallift.engine.project..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the project database is one SQLite file behind ProjectDatabase, with its schema in Migrations (ADR 0010)");

    @ArchTest
    static final ArchRule onnxWriterStandsAlone = noClasses().that().resideInAPackage("org.spatiallift.engine.onnx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.spatiallift.engine.perception..", "org.spatiallift.engine.tfjs..",
                    "ai.onnxruntime..")
            .because("the ONNX builder is a reusable writer for converted and stand-in models");

    @ArchTest
    static final ArchRule restrictStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the engine reports through return values, exceptions and SLF4J");

    @ArchTest
    static final ArchRule restrictToSlf4jLogger = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("SLF4J is the one logging API");

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("errors name the file, the problem and the remedy in a typed exception");
}

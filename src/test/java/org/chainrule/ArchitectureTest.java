package org.chainrule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of dependencies between the packages of the product, as drawn in
 * {@code docs/architecture.md}: ops ← model ← engine, edit, layout ← io, draw ← bench ← cli, and
 * ui beside cli. Read from the compiled classes, so a reference through a fully qualified name or a
 * lambda counts as much as an import.
 */
@AnalyzeClasses(packages = "org.chainrule", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("ops").definedBy("org.chainrule.ops..")
            .layer("model").definedBy("org.chainrule.model..")
            .layer("engine").definedBy("org.chainrule.engine..")
            .layer("edit").definedBy("org.chainrule.edit..")
            .layer("layout").definedBy("org.chainrule.layout..")
            .layer("io").definedBy("org.chainrule.io..")
            .layer("draw").definedBy("org.chainrule.draw..")
            .layer("bench").definedBy("org.chainrule.bench..")
            .layer("cli").definedBy("org.chainrule.cli..")
            .layer("ui").definedBy("org.chainrule.ui..")
            .layer("main").definedBy("org.chainrule")
            .whereLayer("ops").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("ops")
            .whereLayer("engine").mayOnlyAccessLayers("model", "ops")
            .whereLayer("edit").mayOnlyAccessLayers("model", "ops")
            .whereLayer("layout").mayOnlyAccessLayers("model", "ops")
            .whereLayer("io").mayOnlyAccessLayers("engine", "model", "ops")
            .whereLayer("draw").mayOnlyAccessLayers("io", "engine", "layout", "model", "ops")
            .whereLayer("bench").mayOnlyAccessLayers("io", "engine", "layout", "model", "ops")
            .whereLayer("cli").mayOnlyAccessLayers("bench", "io", "draw", "engine", "layout", "model", "ops")
            .whereLayer("ui").mayOnlyAccessLayers("io", "draw", "engine", "edit", "layout", "model", "ops")
            .whereLayer("main").mayOnlyAccessLayers("cli")
            .whereLayer("main").mayNotBeAccessedByAnyLayer();

    /**
     * The editor's parts (the canvas, the inspector, the file actions) know the view model, not each
     * other, and none of them knows the features built on top of the window (stepper, export, expression).
     */
    @ArchTest
    static final ArchRule canvasStandsAlone = noClasses().that().resideInAPackage("org.chainrule.ui.canvas..")
            .should().dependOnClassesThat().resideInAnyPackage(uiPartsBut("canvas"));

    @ArchTest
    static final ArchRule inspectorStandsAlone = noClasses().that().resideInAPackage("org.chainrule.ui.inspector..")
            .should().dependOnClassesThat().resideInAnyPackage(uiPartsBut("inspector"));

    @ArchTest
    static final ArchRule filesStandAlone = noClasses().that().resideInAPackage("org.chainrule.ui.files..")
            .should().dependOnClassesThat().resideInAnyPackage(uiPartsBut("files"));

    private static String[] uiPartsBut(String own) {
        return java.util.stream.Stream.of("canvas", "inspector", "files", "stepper", "export", "expr")
                .filter(p -> !p.equals(own)).map(p -> "org.chainrule.ui." + p + "..").toArray(String[]::new);
    }

    /** The engine, the file format and every exporter run headless. */
    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.chainrule.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    /** The op table is plain arithmetic: nothing but the JDK. */
    @ArchTest
    static final ArchRule opsUseOnlyTheJdk = classes().that().resideInAPackage("org.chainrule.ops..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.chainrule.ops..");

    /** The layered layout engine (ELK) stays behind the layout package. */
    @ArchTest
    static final ArchRule elkOnlyInLayout = noClasses().that().resideOutsideOfPackage("org.chainrule.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse..");

    /** Gson is the file format's business (and the command line's JSON output). */
    @ArchTest
    static final ArchRule gsonOnlyInIoAndCli = noClasses().that()
            .resideOutsideOfPackages("org.chainrule.io..", "org.chainrule.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..");
}

package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.model.ModelException;

/** The engine's advice in the app's terms: controls, not command-line options, and a button only where it helps. */
class AppAdviceTest {

    @Test
    void aModelWithoutDownloadSourceIsNeverOfferedForDownload() {
        ModelException e = new ModelException(Path.of("/cache/owl/model.onnx"), "model file not found",
                "Run bin/spatiallift models install owl --from FILE").advise(Advice.installModel("owl", false));

        String message = AppAdvice.message(e);

        assertThat(message).startsWith("/cache/owl/model.onnx: model file not found. owl has no download source")
                .contains("cannot fetch it").doesNotContain("Install owl").doesNotContain("--")
                .doesNotContain("bin/spatiallift");
    }

    @Test
    void aDownloadableModelIsInstalledInTheModelsWindow() {
        ModelException e = new ModelException(null, "model file not found", "Run bin/spatiallift models install d")
                .advise(Advice.installModel("d", true));

        assertThat(AppAdvice.message(e)).isEqualTo("model file not found. Install d in Models › Models…");
        assertThat(AppAdvice.actions(e)).extracting(NotificationAction::command)
                .containsExactly(NotificationAction.Command.OPEN_MODELS);
    }

    @Test
    void missingIntrinsicsNameTheIntrinsicsFieldAndOfferTheOpenDialogWithoutAModelFileAsImage() {
        ModelException e = new ModelException(Path.of("/cache/metric3d/model.onnx"), "needs the focal length",
                "Pass the image's intrinsics (--intrinsics fx,fy,cx,cy)").advise(Advice.GIVE_INTRINSICS);

        assertThat(AppAdvice.message(e)).contains("Intrinsics field of File › Open image and depth…")
                .doesNotContain("--");
        assertThat(AppAdvice.actions(e)).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Open…");
            assertThat(a.image()).isNull();
        });
    }

    @Test
    void aDepthFileInAnotherFormatNamesTheDepthFormatListNotTheOption() {
        for (String name : new String[] {"depth.pgm", "depth.raw"}) {
            InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> org.spatiallift.engine.io.DepthFormat.guess(Path.of("/data", name)), InputException.class);

            assertThat(e.getMessage()).as("the command line keeps its option").contains("--depth-format");
            assertThat(AppAdvice.message(e)).as(name).startsWith("/data/" + name + ": cannot guess the depth format")
                    .contains("Depth format list of File › Open image and depth…").doesNotContain("--");
            assertThat(AppAdvice.actions(e)).extracting(NotificationAction::label).containsExactly("Open…");
        }
    }

    @Test
    void aFrameTooLargeForTheMemoryNamesTheAppsLauncherNotTheCommandLinesOptions() {
        InputException e = new InputException(Path.of("/data/huge.png"), "a 20000x20000 frame needs about 38.1 GB",
                org.spatiallift.engine.io.Advice.moreMemory(40L << 30).commandLine())
                .advise(org.spatiallift.engine.io.Advice.moreMemory(40L << 30));

        assertThat(e.getMessage()).as("the command line keeps its options").contains("--max-pixels");
        assertThat(AppAdvice.message(e)).isEqualTo("/data/huge.png: a 20000x20000 frame needs about 38.1 GB. Open a"
                + " smaller image, or start the app with more memory: SPATIALLIFT_JAVA_OPTS=-Xmx40g bin/spatiallift-app");
        assertThat(AppAdvice.actions(e)).isEmpty();
    }

    @Test
    void anErrorWithoutAdviceKeepsItsMessageAndHasNoButton() {
        InputException e = InputException.forValue("depth scale", "'x' is not a number", "Give the units per metre");

        assertThat(AppAdvice.message(e)).isEqualTo(e.getMessage());
        assertThat(AppAdvice.actions(e)).isEmpty();
    }

    @Test
    void commandLineAdviceInAWarningIsSaidInTheAppsTerms() {
        String warning = "no intrinsics given: assumed a 60° horizontal field of view; metric sizes may be off. "
                + Advice.GIVE_INTRINSICS.commandLine();

        assertThat(AppAdvice.inAppTerms(warning)).doesNotContain("--")
                .endsWith("into the Intrinsics field of File › Open image and depth…, or put an intrinsics.txt beside"
                        + " the image");
    }
}

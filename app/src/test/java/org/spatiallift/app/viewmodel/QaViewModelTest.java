package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.Review;
import org.spatiallift.engine.project.ReviewStatus;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

class QaViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private QaViewModel qa;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        qa = viewModel.qa();
        qa.newProject(dir.resolve("project.db"));
        viewModel.openSample();
    }

    @Test
    void sampleSceneGetsQaOfEveryKindWithSummary() {
        assertThat(qa.rows()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(qa.rows()).extracting(QaRow::status).containsOnly(QaStatus.PENDING);
        assertThat(qa.summaryProperty().get()).startsWith(qa.rows().size() + " QA for sample (seed 0): 0 accepted");
        assertThat(qa.kinds()).containsExactly(QaViewModel.ALL, "yes_no", "choice", "quantitative", "multi_object");
        assertThat(qa.projectFileProperty().get()).isEqualTo(dir.resolve("project.db").toAbsolutePath());
    }

    @Test
    void filtersByCategoryAndKind() {
        int total = qa.rows().size();
        String category = qa.categories().get(1);

        qa.categoryFilterProperty().set(category);
        assertThat(qa.rows()).isNotEmpty().allMatch(r -> r.category().equals(category));

        qa.categoryFilterProperty().set(QaViewModel.ALL);
        qa.kindFilterProperty().set("quantitative");
        assertThat(qa.rows()).isNotEmpty().allMatch(r -> r.kind().equals("quantitative") && !r.value().isEmpty());

        qa.kindFilterProperty().set(QaViewModel.ALL);
        assertThat(qa.rows()).hasSize(total);
    }

    @Test
    void selectingDistanceQaHighlightsItsObjectsAndDrawsLineOfItsLength() {
        QaRow row = find(r -> r.category().equals("centre_distance"));

        qa.select(row.id());

        QaOverlay o = qa.overlayProperty().get();
        assertThat(o.objects()).extracting(ObjectMarker::id).containsExactlyInAnyOrderElementsOf(row.objectIds());
        long lit = Arrays.stream(o.mask().argb()).filter(p -> (p & 0xFFFFFF) == ObjectsViewModel.HIGHLIGHT_RGB).count();
        assertThat(lit).isEqualTo(o.objects().stream().mapToInt(ObjectMarker::pointCount).sum());
        assertThat(o.segments()).hasSize(1);
        OverlaySegment line = o.segments().get(0);
        assertThat(line.shape()).isEqualTo(OverlaySegment.Shape.LINE);
        assertThat(line.lengthM()).isCloseTo(Double.parseDouble(row.value().replace(" m", "")), within(0.0006));
        assertThat(line.label()).startsWith("centre distance ").endsWith(" m, canonical frame");
        assertThat(line.aPixel()).isNotNull();
        assertThat(line.bPixel()).isNotNull();
    }

    @Test
    void linePixelsLandOnTheObjectsInTheImage() {
        QaRow row = find(r -> r.category().equals("centre_distance"));
        qa.select(row.id());
        OverlaySegment line = qa.overlayProperty().get().segments().get(0);
        ImagePixels mask = qa.overlayProperty().get().mask();

        // a box centre projects inside the image, near its object's pixels
        for (double[] p : List.of(line.aPixel(), line.bPixel())) {
            assertThat(p[0]).isBetween(0.0, (double) mask.width());
            assertThat(p[1]).isBetween(0.0, (double) mask.height());
            assertThat(litWithin(mask, p, 40)).as("object pixels near %s", Arrays.toString(p)).isTrue();
        }
    }

    @Test
    void heightQaDrawsVerticalBarAndOffsetQaAnArrow() {
        QaRow height = find(r -> r.category().equals("height") || r.category().equals("taller"));
        qa.select(height.id());
        OverlaySegment bar = qa.overlayProperty().get().segments().get(0);
        assertThat(bar.shape()).isEqualTo(OverlaySegment.Shape.BAR);
        assertThat(bar.a()[0]).isEqualTo(bar.b()[0]);
        assertThat(bar.a()[1]).isEqualTo(bar.b()[1]);
        assertThat(bar.label()).startsWith("height ");

        QaRow offset = find(r -> Set.of("left_of", "right_of", "choose_left", "choose_right", "left_right_offset")
                .contains(r.category()));
        qa.select(offset.id());
        OverlaySegment arrow = qa.overlayProperty().get().segments().get(0);
        assertThat(arrow.shape()).isEqualTo(OverlaySegment.Shape.ARROW);
        assertThat(arrow.a()[1]).isEqualTo(arrow.b()[1]);
        assertThat(arrow.a()[2]).isEqualTo(arrow.b()[2]);
        assertThat(arrow.label()).startsWith("offset along x ");
    }

    @Test
    void selectingQaClearsObjectSelectionAndSelectingObjectClearsQa() {
        viewModel.objects().select(viewModel.objects().objects().get(0).id());
        QaRow row = qa.rows().get(0);

        qa.select(row.id());
        assertThat(viewModel.objects().selectedProperty().get()).isNull();
        assertThat(qa.selectedProperty().get()).isEqualTo(row);

        viewModel.objects().select(viewModel.objects().objects().get(0).id());
        assertThat(qa.selectedProperty().get()).isNull();
        assertThat(qa.overlayProperty().get()).isNull();
    }

    @Test
    void acceptRejectAndEditAreStoredInTheProjectDatabase() throws Exception {
        QaRow a = qa.rows().get(0), b = qa.rows().get(1), c = qa.rows().get(2);

        qa.select(a.id());
        qa.accept();
        qa.select(b.id());
        qa.reject();
        qa.select(c.id());
        qa.edit("How far apart are they, really?", "About a metre.");

        assertThat(row(a.id()).status()).isEqualTo(QaStatus.ACCEPTED);
        assertThat(row(b.id()).status()).isEqualTo(QaStatus.REJECTED);
        assertThat(row(c.id())).extracting(QaRow::status, QaRow::question, QaRow::answer, QaRow::edited)
                .containsExactly(QaStatus.PENDING, "How far apart are they, really?", "About a metre.", true);
        assertThat(qa.summaryProperty().get()).contains("1 accepted, 1 rejected");
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("project.db"))) {
            assertThat(db.review(a.id())).get().extracting(Review::status).isEqualTo(ReviewStatus.ACCEPTED);
            assertThat(db.review(b.id())).get().extracting(Review::status).isEqualTo(ReviewStatus.REJECTED);
            assertThat(db.review(c.id())).get().extracting(Review::editedAnswer).isEqualTo("About a metre.");
        }
    }

    @Test
    void decisionsShowAgainAfterRegenerateAndInANewSession() {
        QaRow a = qa.rows().get(0);
        qa.select(a.id());
        qa.accept();

        qa.regenerate();
        assertThat(row(a.id()).status()).isEqualTo(QaStatus.ACCEPTED);

        qa.close();
        MainViewModel again = new MainViewModel(new SameThreadExecutor());
        again.qa().openProject(dir.resolve("project.db"));
        again.openSample();
        assertThat(again.qa().rows().stream().filter(r -> r.id().equals(a.id())).findFirst().orElseThrow().status())
                .isEqualTo(QaStatus.ACCEPTED);
        again.qa().close();
    }

    @Test
    void regenerateGivesSameQaForSameSeedAndOtherQaForAnotherSeed() {
        List<String> first = ids();

        qa.regenerate();
        assertThat(ids()).isEqualTo(first);

        qa.newSeed();
        assertThat(qa.seedProperty().get()).isEqualTo(1);
        assertThat(ids()).isNotEqualTo(first);
        assertThat(qa.summaryProperty().get()).contains("(seed 1)");

        qa.seedProperty().set(0);
        qa.regenerate();
        assertThat(ids()).isEqualTo(first);
    }

    @Test
    void exportWritesOnlyAcceptedQaWithEdits() throws Exception {
        QaRow a = qa.rows().get(0), b = qa.rows().get(1), c = qa.rows().get(2);
        qa.select(a.id());
        qa.accept();
        qa.select(b.id());
        qa.reject();
        qa.select(c.id());
        qa.accept();
        qa.edit(null, "Edited answer.");
        Path out = dir.resolve("export");

        qa.exportAccepted(out, "messages");

        List<ImageQa> lines = QaDataset.readAll(out, ExportFormat.MESSAGES);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).pairs()).extracting(QaPair::id).containsExactly(a.id(), c.id());
        assertThat(lines.get(0).pairs().get(1).answer()).isEqualTo("Edited answer.");
        assertThat(last().title()).isEqualTo("Exported the accepted QA");
    }

    @Test
    void exportOfSampleAsImagefolderIsRefusedWithReason() {
        qa.select(qa.rows().get(0).id());
        qa.accept();

        qa.exportAccepted(dir.resolve("export"), "imagefolder");

        Notification n = last();
        assertThat(n.title()).isEqualTo("Could not export the accepted QA");
        assertThat(n.message()).contains("sample: no image file to copy").contains("Export as llava or messages");
    }

    @Test
    void openProjectRefusesAFileThatIsNotAProjectNamingIt() throws Exception {
        Path text = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a database");

        qa.openProject(text);

        Notification n = last();
        assertThat(n.title()).isEqualTo("Could not open the project");
        assertThat(n.message()).startsWith(text.toAbsolutePath() + ": not an SQLite database");
        assertThat(qa.projectFileProperty().get()).isEqualTo(dir.resolve("project.db").toAbsolutePath());
    }

    private QaRow find(Predicate<QaRow> p) {
        for (int s = 0; s < 20; s++) {
            QaRow r = qa.rows().stream().filter(p).findFirst().orElse(null);
            if (r != null) {
                return r;
            }
            qa.newSeed();
        }
        throw new AssertionError("no such QA in 20 seeds");
    }

    private Notification last() {
        var items = viewModel.notifications().items();
        return items.get(items.size() - 1);
    }

    private QaRow row(String id) {
        return qa.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> ids() {
        return qa.rows().stream().map(QaRow::id).toList();
    }

    private static boolean litWithin(ImagePixels m, double[] p, int r) {
        int cu = (int) p[0], cv = (int) p[1];
        for (int v = Math.max(0, cv - r); v < Math.min(m.height(), cv + r); v++) {
            for (int u = Math.max(0, cu - r); u < Math.min(m.width(), cu + r); u++) {
                if ((m.argb()[v * m.width() + u] & 0xFFFFFF) == ObjectsViewModel.HIGHLIGHT_RGB) {
                    return true;
                }
            }
        }
        return false;
    }
}

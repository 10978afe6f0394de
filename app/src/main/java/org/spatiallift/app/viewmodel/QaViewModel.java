package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.ProjectException;
import org.spatiallift.engine.project.Review;
import org.spatiallift.engine.project.ReviewStatus;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.export.ExportFormat;

/**
 * The QA tab: the QA generated for the scene on show (with a seed that can be changed), filtered by category and
 * kind; selecting one highlights its objects and marks what it measured; accept, reject and edit go to the project
 * database; the accepted QA can be exported. Generation and every database access run on the worker thread.
 */
public final class QaViewModel {

    /** The filter value that lets every category or kind through. */
    public static final String ALL = "all";
    /** QA generated per image in the tab. */
    static final int PER_IMAGE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(QaViewModel.class);

    private final TaskExecutor executor;
    private final NotificationsViewModel notifications;
    private final AppPreferences preferences;
    private final ObjectsViewModel objects;
    private final ProjectSession project;
    private final QaGenerator generator = QaGenerator.standard(QaSettings.defaults().withPerImage(PER_IMAGE));
    private final Map<String, QaPair> pairs = new LinkedHashMap<>();
    private SceneModel scene;
    private List<ObjectMarker> markers = List.of();
    private String imageKey;
    private Path imageFile;
    private long generation;

    // Properties
    private final ObservableList<QaRow> all = FXCollections.observableArrayList();
    private final FilteredList<QaRow> rows = new FilteredList<>(all, r -> true);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ALL);
    private final StringProperty categoryFilter = new SimpleStringProperty(ALL);
    private final StringProperty kindFilter = new SimpleStringProperty(ALL);
    private final IntegerProperty seed = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<QaRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QaOverlay> overlay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Open a scene to see its QA.");
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();

    QaViewModel(TaskExecutor executor, NotificationsViewModel notifications, AppPreferences preferences,
                ObjectsViewModel objects, ProjectSession project) {
        this.executor = executor;
        this.notifications = notifications;
        this.preferences = preferences;
        this.objects = objects;
        this.project = project;
        projectFile.set(project.file());
        for (QaKind k : QaKind.values()) {
            kinds.add(k.key());
        }
        categoryFilter.addListener((obs, old, now) -> refilter());
        kindFilter.addListener((obs, old, now) -> refilter());
        objects.selectedProperty().addListener((obs, old, o) -> {
            if (o != null) {
                clearSelection();
            }
        });
        preferences.lengthUnitProperty().addListener((obs, old, u) -> {
            if (selected.get() != null) {
                overlay.set(overlayOf(pairs.get(selected.get().id())));
            }
        });
    }

    /** The QA that pass the filters, in generation order. */
    public ObservableList<QaRow> rows() {
        return rows;
    }

    /** {@link #ALL} and the categories of the QA on show. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** {@link #ALL}, yes_no, choice, quantitative and multi_object. */
    public ObservableList<String> kinds() {
        return kinds;
    }

    /** The category shown, or {@link #ALL} (writable). */
    public StringProperty categoryFilterProperty() {
        return categoryFilter;
    }

    /** The kind shown, or {@link #ALL} (writable). */
    public StringProperty kindFilterProperty() {
        return kindFilter;
    }

    /** The seed of the QA on show; {@link #regenerate()} uses it (writable). */
    public IntegerProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<QaRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected QA's objects and measurement marks, or null. */
    public ReadOnlyObjectProperty<QaOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** How many QA there are and how they were reviewed, or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The project file decisions go to. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    /** The export formats, as {@link #exportAccepted} takes them. */
    public List<String> exportFormats() {
        return List.of(ExportFormat.values()).stream().map(ExportFormat::key).toList();
    }

    // Commands

    /** Generates the QA of the scene on show again with {@link #seedProperty()}. */
    public void regenerate() {
        SceneModel s = scene;
        if (s == null) {
            return;
        }
        long run = ++generation;
        int theSeed = seed.get();
        String key = imageKey;
        Path file = imageFile;
        executor.execute(() -> generate(s, key, file, theSeed), g -> {
            if (run == generation) {
                showGenerated(g);
            }
        }, e -> fail("Could not generate QA for " + key, e));
    }

    /** The next seed, and its QA. */
    public void newSeed() {
        seed.set(seed.get() + 1);
        regenerate();
    }

    /** Selects the QA with this id (highlighting its objects and marks); an unknown id clears the selection. */
    public void select(String id) {
        QaRow row = id == null ? null : all.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            clearSelection();
            return;
        }
        objects.clearSelection();
        selected.set(row);
        overlay.set(overlayOf(pairs.get(id)));
    }

    public void clearSelection() {
        selected.set(null);
        overlay.set(null);
    }

    public void accept() {
        decide(ReviewStatus.ACCEPTED, null, null);
    }

    public void reject() {
        decide(ReviewStatus.REJECTED, null, null);
    }

    /** Rewrites the selected QA's question and answer, keeping its status. Blank keeps the generated text. */
    public void edit(String question, String answer) {
        QaRow r = selected.get();
        if (r != null) {
            decide(status(r.status()), question, answer);
        }
    }

    /**
     * Opens an existing project file (File › Open project…); decisions go there from now on and it is remembered in
     * the preferences. A file that is not a SpatialLift project is refused and left as it is; a read-only project is
     * opened for reading and export.
     */
    public void openProject(Path file) {
        executor.execute(() -> project.open(file), this::opened, e -> fail("Could not open the project", e));
    }

    /** Makes a new project at {@code file}, where no file may exist yet (File › New project…), and uses it. */
    public void newProject(Path file) {
        executor.execute(() -> project.create(file), this::opened, e -> fail("Could not make the new project", e));
    }

    /** Writes the accepted QA of the project (edits applied) into {@code dir} as llava, messages or imagefolder. */
    public void exportAccepted(Path dir, String formatKey) {
        ExportFormat format;
        try {
            format = ExportFormat.fromKey(formatKey);
        } catch (IllegalArgumentException e) {
            fail("Could not export the accepted QA", e);
            return;
        }
        executor.execute(() -> project.export(dir, format), s -> notifications.info("Exported the accepted QA",
                Formats.format("%s: %d QA of %d images in %d lines (%s)", s.file(), s.qa(), s.images(),
                        s.lines(), format.key())), e -> fail("Could not export the accepted QA", e));
    }

    private void opened(ProjectDatabase db) {
        preferences.setProjectFile(db.file());
        projectFile.set(db.file());
        if (db.readOnly()) {
            notifications.warning("Opened the project read-only", db.file() + ": " + db.readOnlyReason()
                    + ". Its QA and decisions can be viewed and exported; to decide, copy it to a folder you can "
                    + "write to and open the copy");
        } else {
            notifications.info("Opened the project", db.file().toString());
        }
        regenerate();
    }

    /** A new scene: its QA with the current seed. */
    void show(SceneModel model, List<ObjectMarker> sceneMarkers) {
        clearSelection();
        scene = model;
        markers = List.copyOf(sceneMarkers);
        imageFile = SceneQa.imageFile(model);
        imageKey = SceneQa.imageKey(model);
        regenerate();
    }

    /** Closes the project database (when the app quits). */
    public void close() {
        project.close();
    }

    private record Generated(QaBatch batch, Map<String, Review> reviews, Throwable reviewFailure) {
    }

    private Generated generate(SceneModel s, String key, Path file, int theSeed) {
        QaScene qaScene = SceneQa.of(s, key, generator.settings().margins());
        QaBatch batch = generator.generate(qaScene, theSeed);
        try {
            return new Generated(batch, project.reviews(key), null);
        } catch (Exception e) {
            return new Generated(batch, Map.of(), e);
        }
    }

    private void showGenerated(Generated g) {
        String keep = selected.get() == null ? null : selected.get().id();
        clearSelection();
        pairs.clear();
        List<QaRow> list = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (QaPair p : g.batch().pairs()) {
            pairs.put(p.id(), p);
            list.add(row(p, g.reviews().get(p.id())));
            names.add(p.category());
        }
        all.setAll(list);
        categories.setAll(ALL);
        categories.addAll(names);
        if (!categories.contains(categoryFilter.get())) {
            categoryFilter.set(ALL);
        }
        refilter();
        updateSummary(g.batch().skipReason());
        if (g.reviewFailure() != null) {
            fail("Could not read the review decisions", g.reviewFailure());
        }
        if (keep != null && pairs.containsKey(keep)) {
            select(keep);
        }
    }

    private void decide(ReviewStatus status, String question, String answer) {
        QaRow r = selected.get();
        if (r == null) {
            notifications.error("No QA selected", "Select a QA in the list first");
            return;
        }
        QaPair qa = pairs.get(r.id());
        Path file = imageFile;
        executor.execute(() -> project.decide(qa, file, status, question, answer), review -> {
            int i = indexOf(review.qaId());
            if (i >= 0) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(review.qaId());
                all.set(i, row(qa, review));
                // a list showing the rows may drop its selection when a row is replaced: select it again
                if (wasSelected) {
                    select(review.qaId());
                }
            }
            projectFile.set(project.file());
            updateSummary(null);
        }, e -> fail("Could not store the decision on QA " + qa.id(), e));
    }

    private QaRow row(QaPair p, Review review) {
        QaStatus status = review == null ? QaStatus.PENDING : QaStatus.valueOf(review.status().name());
        boolean edited = review != null && review.edited();
        String q = edited && review.editedQuestion() != null ? review.editedQuestion() : p.question();
        String a = edited && review.editedAnswer() != null ? review.editedAnswer() : p.answer();
        return new QaRow(p.id(), p.category(), p.kind().key(), q, a,
                QaOverlays.value(p, preferences.lengthUnitProperty().get()),
                p.objects().stream().map(QaObject::id).toList(), status, edited);
    }

    private QaOverlay overlayOf(QaPair p) {
        if (p == null || scene == null) {
            return null;
        }
        List<Integer> ids = p.objects().stream().map(QaObject::id).toList();
        List<ObjectMarker> highlighted = markers.stream().filter(m -> ids.contains(m.id())).toList();
        return new QaOverlay(highlighted, ObjectsViewModel.mask(scene, ids),
                new QaOverlays(scene.result(), preferences.lengthUnitProperty().get()).of(p));
    }

    private void refilter() {
        String c = categoryFilter.get(), k = kindFilter.get();
        rows.setPredicate(r -> (c == null || ALL.equals(c) || r.category().equals(c))
                && (k == null || ALL.equals(k) || r.kind().equals(k)));
    }

    private void updateSummary(String skipReason) {
        if (skipReason != null) {
            summary.set("No QA for " + imageKey + ": " + skipReason);
            return;
        }
        long accepted = all.stream().filter(r -> r.status() == QaStatus.ACCEPTED).count();
        long rejected = all.stream().filter(r -> r.status() == QaStatus.REJECTED).count();
        summary.set(Formats.format("%d QA for %s (seed %d): %d accepted, %d rejected, %d pending",
                all.size(), imageKey, seed.get(), accepted, rejected, all.size() - accepted - rejected));
    }

    private int indexOf(String id) {
        for (int i = 0; i < all.size(); i++) {
            if (Objects.equals(all.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    private static ReviewStatus status(QaStatus s) {
        return ReviewStatus.valueOf(s.name());
    }

    private void fail(String title, Throwable t) {
        String reason = t.getMessage() == null ? t.toString() : t.getMessage();
        notifications.error(title, reason);
        boolean expected = t instanceof ProjectException || t instanceof InputException || t instanceof IOException
                || t instanceof IllegalArgumentException;
        LOG.warn("{}: {}", title, reason, expected ? null : t);
    }
}

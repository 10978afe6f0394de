package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerJson;
import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.AskOptions;
import org.spatiallift.engine.ask.SceneJson;
import org.spatiallift.engine.ask.series.Series;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.project.ChatTurn;
import org.spatiallift.engine.project.ProjectException;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.vlm.VlmReply;

/**
 * The Chat tab: questions about the scene on show, answered from its measured geometry by the same code as the
 * generated QA (with value, unit, interval and how it was measured); a clarification when a description fits several
 * objects, with the candidates to choose from; "this" is the object selected in the Objects tab or in 3D. Hovering or
 * selecting an answer draws what it measured in 2D and 3D. Each question and answer is saved in the project with the
 * scene it was asked about. With a vision-language model set up (Model… in the Chat tab), its answer to the same question
 * about the image is shown beside, with whether it agrees. Answers are worked out on the worker thread, a model's on
 * the network thread.
 */
public final class ChatViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChatViewModel.class);

    private final TaskExecutor executor;
    private final TaskExecutor network;
    private final NotificationsViewModel notifications;
    private final AppPreferences preferences;
    private final ObjectsViewModel objects;
    private final ProjectSession project;
    private final ChatModels models;
    /** The answers of this chat by entry id (worker and FX thread). */
    private final Map<Integer, Answer> answers = new ConcurrentHashMap<>();
    private ChatScene scene;
    private List<ObjectMarker> markers = List.of();
    private long opening;
    /** The key of the scene whose chat is being prepared, or null. */
    private String preparing;
    /** The units answers state lengths in, from the preferences (read on the worker thread when an asker is made). */
    private volatile Units units;

    // Properties
    private final ObservableList<ChatEntry> entries = FXCollections.observableArrayList();
    private final StringProperty question = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ChatEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QaOverlay> overlay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a scene to ask about it.");
    private final ReadOnlyObjectWrapper<SeriesChart> chart = new ReadOnlyObjectWrapper<>();
    private Series series;

    ChatViewModel(TaskExecutor executor, TaskExecutor network, NotificationsViewModel notifications,
                  AppPreferences preferences, ObjectsViewModel objects, ProjectSession project, ChatModels models) {
        this.executor = executor;
        this.network = network;
        this.notifications = notifications;
        this.preferences = preferences;
        this.objects = objects;
        this.project = project;
        this.models = models;
        units = ChatEntries.units(preferences.lengthUnitProperty().get());
        preferences.lengthUnitProperty().addListener((obs, old, u) -> {
            units = ChatEntries.units(u);
            ChatEntry s = selected.get();
            if (s != null) {
                overlay.set(overlayOf(s));
            }
            ChatScene c = scene;
            if (c != null) {
                c.renewAsker(); // answers from now on state lengths in the new units
            }
        });
    }

    /** The questions and answers of the chat about the scene on show, oldest first. */
    public ObservableList<ChatEntry> entries() {
        return entries;
    }

    /** The question being written (writable); cleared when asked. */
    public StringProperty questionProperty() {
        return question;
    }

    /** True while an answer is worked out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The entry whose measurement is drawn, or null. */
    public ReadOnlyObjectProperty<ChatEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the selected or hovered answer measured (its objects highlighted, its marks), or null. */
    public ReadOnlyObjectProperty<QaOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** What the chat is about and whether a model answers beside ("Asking about sample · model: off"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The vision-language model settings the chat uses (Model… in the Chat tab). */
    public ChatModels models() {
        return models;
    }

    /** The last question asked over frames, as a chart; null before one. */
    public ReadOnlyObjectProperty<SeriesChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    // Commands

    /**
     * Asks {@link #questionProperty()} in every frame of the frames list {@code list} (one frame per line: colour,
     * depth, label map, names), its objects grounded in the first frame and tracked; the result in
     * {@link #chartProperty()}, progress in {@link #statusProperty()}.
     */
    public void askOverFrames(Path list) {
        String q = question.get() == null ? "" : question.get().strip();
        if (q.isEmpty()) {
            notifications.error("No question to ask over the frames", "Write the question first, e.g. \"How far is "
                    + "the cup from the laptop?\", then choose the frames");
            return;
        }
        busy.set(true);
        status.set("Asking \"" + q + "\" over the frames of " + list.getFileName() + " …");
        executor.execute(() -> ChatSeries.run(q, list, models.kit(), line -> executor.runOnUiThread(
                () -> status.set(line))),
                s -> {
                    busy.set(false);
                    series = s;
                    chart.set(ChatSeries.chart(s));
                    updateStatus();
                }, e -> {
                    busy.set(false);
                    updateStatus();
                    fail("Could not ask over the frames of " + list.getFileName(), e);
                });
    }

    /** Writes the last series as series.csv, series.json, series.png and series.svg into {@code dir}. */
    public void saveSeries(Path dir) {
        Series s = series;
        if (s == null) {
            notifications.error("No series to save", "Ask a question over frames first (Over frames… in the Chat tab)");
            return;
        }
        executor.execute(() -> {
            ChatSeries.save(s, dir);
            return dir;
        }, d -> notifications.info("Saved the series", d + ": series.csv, series.json, series.png, series.svg"),
                e -> fail("Could not save the series into " + dir, e));
    }

    /** Releases the question reader (when the app quits; the project is closed by the QA tab). */
    public void close() {
        models.close();
    }

    /** Asks {@link #questionProperty()} about the scene on show. */
    public void ask() {
        String q = question.get() == null ? "" : question.get().strip();
        if (q.isEmpty()) {
            return;
        }
        ChatScene s = scene;
        if (s == null) {
            if (preparing != null) {
                notifications.info("Still preparing the chat", "The chat about " + preparing + " is being prepared; "
                        + "press Ask again in a moment (the question is kept)");
            } else {
                notifications.error("Nothing to ask about", "Open an image or the sample scene first (File › Open…)");
            }
            return;
        }
        question.set("");
        int id = entries.size() + 1;
        ObjectMarker selectedMarker = objects.selectedProperty().get();
        int pointed = selectedMarker == null ? -1 : selectedMarker.id(); // "this" (the engine's Asker.point)
        entries.add(ChatEntry.asking(id, q));
        busy.set(true);
        executor.execute(() -> answer(s, q, pointed), answered -> {
            busy.set(false);
            if (scene != s) {
                return; // another scene came meanwhile: its chat is on show
            }
            answers.put(id, answered.answer());
            replace(id, ChatEntries.of(id, q, answered.answer(), s.qaScene(), preferences.lengthUnitProperty().get()));
            if (answered.saveFailure() != null) {
                fail("Could not save the question in the project", answered.saveFailure());
            }
            select(id);
            askModel(s, id, modelQuestion(q, pointed, answered.answer()), answered.answer());
        }, e -> {
            busy.set(false);
            if (scene == s) {
                replace(id, ChatEntries.failed(id, q, e));
                fail("Could not answer \"" + q + "\"", e);
            }
        });
    }

    /** Answers a clarification by choosing one of its candidates. */
    public void choose(ChatEntry entry, ChatCandidate candidate) {
        if (entry == null || candidate == null || !entry.clarification()) {
            return;
        }
        question.set(candidate.description());
        ask();
    }

    /** Draws what the entry with this id measured (hover or click); 0 clears it. */
    public void select(int id) {
        ChatEntry e = entries.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        selected.set(e);
        // the object selection stays ("this" in the next question), drawn again when the answer's marks go
        overlay.set(e == null ? null : overlayOf(e));
    }

    /** The entry's whole answer as JSON (the command line's {@code ask --json} shape), or "" for none. */
    public String json(ChatEntry entry) {
        Answer a = entry == null ? null : answers.get(entry.id());
        return a == null ? "" : AnswerJson.write(a);
    }

    /** A new scene: its chat starts afresh (a stored chat about the same scene is shown first). */
    void show(SceneModel model, List<ObjectMarker> sceneMarkers) {
        markers = List.copyOf(sceneMarkers);
        entries.clear();
        answers.clear();
        select(0);
        String key = SceneQa.imageKey(model);
        Path file = SceneQa.imageFile(model);
        status.set("Preparing the chat about " + key + " …");
        scene = null;
        preparing = key;
        long run = ++opening;
        executor.execute(() -> open(model, key, file), s -> {
            if (run != opening) {
                return; // another scene came meanwhile
            }
            preparing = null;
            scene = s;
            for (int i = 0; i < s.stored().size(); i++) {
                Answer a = AnswerJson.readOrNull(s.stored().get(i).answerJson());
                if (a != null) {
                    answers.put(i + 1, a);
                }
            }
            entries.setAll(ChatEntries.stored(s.stored(), answers, s.qaScene(), preferences.lengthUnitProperty().get()));
            updateStatus();
        }, e -> {
            if (run == opening) {
                preparing = null;
            }
            fail("Could not prepare the chat about " + key, e);
        });
    }

    /** The answer and whether saving it failed (the answer is shown either way). */
    private record Answered(Answer answer, Throwable saveFailure) {
    }

    private Answered answer(ChatScene s, String question, int pointed) {
        s.asker().point(s.conversation(), pointed);
        Answer a = s.asker().ask(question, s.conversation());
        try {
            project.recordChatTurn(s.key(), s.file(), s.sceneJson(), question, a.answer(), AnswerJson.write(a));
            return new Answered(a, null);
        } catch (ProjectException e) {
            return new Answered(a, e);
        }
    }

    private ChatScene open(SceneModel model, String key, Path file) {
        QaScene qaScene = SceneQa.of(model, key, Margins.defaults());
        double gravityDeg = model.result().frame().gravityUncertaintyDeg();
        String sceneJson = SceneJson.write(qaScene);
        List<ChatTurn> stored = List.of();
        try {
            stored = project.chatTurns(key, sceneJson);
        } catch (ProjectException e) {
            LOG.warn("{}: the chat saved for this scene could not be read: {}", key, e.getMessage());
        }
        return new ChatScene(model, key, file, qaScene, sceneJson, stored, () -> models.kit().asker(qaScene,
                AskOptions.of(qaScene, gravityDeg).withUnits(units)));
    }

    /** The model's answer beside the measured one, when a model is set up; never holds up the measured answer. */
    /** The question as a model is asked it: what "this" is, when the answer is about the object pointed at. */
    private static String modelQuestion(String question, int pointed, Answer measured) {
        return measured.objects().stream().filter(o -> o.id() == pointed).findFirst()
                .map(o -> question + " (By \"this\" I mean " + o.description() + ".)").orElse(question);
    }

    private void askModel(ChatScene s, int id, String asked, Answer measured) {
        if (!models.configured() || measured.clarification() != null) {
            return;
        }
        network.execute(() -> models.ask(s.model(), asked), (VlmReply reply) -> {
            Answer a = answers.get(id);
            if (scene == s && a != null) {
                Answer with = a.withVlm(models.beside(reply, a));
                answers.put(id, with);
                replace(id, ChatEntries.of(id, entryQuestion(id), with, s.qaScene(),
                        preferences.lengthUnitProperty().get()));
            }
        }, e -> {
            if (scene == s) {
                replace(id, ChatEntries.withModelFailure(entry(id), models.name(), e));
                LOG.warn("model {}: {}", models.name(), e.getMessage());
            }
        });
    }

    private String entryQuestion(int id) {
        ChatEntry e = entry(id);
        return e == null ? "" : e.question();
    }

    private ChatEntry entry(int id) {
        return entries.stream().filter(x -> x.id() == id).findFirst().orElse(null);
    }

    private void replace(int id, ChatEntry e) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                entries.set(i, e);
                if (selected.get() != null && selected.get().id() == id) {
                    selected.set(e);
                }
                return;
            }
        }
    }

    private QaOverlay overlayOf(ChatEntry e) {
        ChatScene s = scene;
        Answer a = answers.get(e.id());
        if (s == null || a == null || a.objects().isEmpty() && a.clarification() == null) {
            return null;
        }
        List<Integer> ids = a.objects().stream().map(o -> o.id()).toList();
        List<QaObject> shown = ids.stream().map(id -> s.qaScene().objects().stream().filter(o -> o.id() == id)
                .findFirst().orElse(null)).filter(o -> o != null).toList();
        if (a.clarification() != null) {
            // the candidates a clarification offers are highlighted, nothing is measured yet
            ids = a.clarification().candidates().stream().map(o -> o.id()).toList();
        }
        List<Integer> shownIds = ids;
        List<ObjectMarker> highlighted = markers.stream().filter(m -> shownIds.contains(m.id())).toList();
        String category = a.clarification() != null || a.value() == null && a.shortAnswer() == null ? null : a.intent();
        return new QaOverlay(highlighted, ObjectsViewModel.mask(s.model(), shownIds),
                new QaOverlays(s.model().result(), preferences.lengthUnitProperty().get())
                        .of(shown.size() == ids.size() ? category : null, shown));
    }

    private void updateStatus() {
        ChatScene s = scene;
        if (s == null) {
            status.set("Open a scene to ask about it.");
            return;
        }
        status.set(Formats.format("Asking about %s: %d objects · %s", s.key(), s.qaScene().objects().size(),
                models.configured() ? "model " + models.name() + " answers beside"
                        : "no model beside (Model… in the Chat tab)"));
    }

    private void fail(String title, Throwable t) {
        String reason = t.getMessage() == null ? t.toString() : t.getMessage();
        notifications.error(title, reason);
        boolean expected = t instanceof ProjectException || t instanceof InputException;
        LOG.warn("{}: {}", title, reason, expected ? null : t);
    }
}

package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.spatiallift.app.prefs.PreferenceStore;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.ModelBeside;
import org.spatiallift.engine.ask.VlmAnswer;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.vlm.ImagePayload;
import org.spatiallift.engine.vlm.ProbeResult;
import org.spatiallift.engine.vlm.VisionProbe;
import org.spatiallift.engine.vlm.VlmAsker;
import org.spatiallift.engine.vlm.VlmReply;
import org.spatiallift.engine.vlm.VlmSettings;

/**
 * What answers chat questions besides the geometry: the question reader (loaded once, on first use, on the worker
 * thread) and, when set up, a vision-language model on an OpenAI-compatible server (its address, model and the
 * environment variable holding its API key, kept in the preferences; the key itself never is). A model's sight is
 * checked once per server and model ({@link VisionProbe}).
 */
public final class ChatModels {

    static final String URL = "vlm.url";
    static final String MODEL = "vlm.model";
    static final String KEY_VARIABLE = "vlm.keyVariable";

    private final PreferenceStore store;
    private final ModelStore modelStore;
    private final TaskExecutor network;
    /** The longest side of the image a model is shown, pixels (re-encoded from the pixels: no file metadata). */
    static final int IMAGE_MAX_SIDE = 1536;
    /** One question reader per model cache for the whole process: its embeddings of the templates take seconds. */
    private static final Map<Path, AskKit> KITS = new ConcurrentHashMap<>();
    private volatile VlmSettings settings;
    /** The model's client for the settings in use (made on first use, anew when they change), or null. */
    private volatile VlmAsker asker;

    // Properties
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyVariable = new ReadOnlyStringWrapper(VlmSettings.DEFAULT_KEY_VARIABLE);
    private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper("");

    ChatModels(PreferenceStore store, ModelStore modelStore, TaskExecutor network) {
        this.store = store;
        this.modelStore = modelStore;
        this.network = network;
        url.set(store.get(URL, ""));
        model.set(store.get(MODEL, ""));
        keyVariable.set(store.get(KEY_VARIABLE, VlmSettings.DEFAULT_KEY_VARIABLE));
        try {
            settings = settingsOf(url.get(), model.get(), keyVariable.get());
        } catch (IllegalArgumentException e) {
            settings = null; // saved settings no longer valid: no model beside until they are set again
        }
    }

    /** The server's address ("http://localhost:11434/v1"), or "" when no model answers beside. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** The model's name as the server knows it, or "". */
    public ReadOnlyStringProperty modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The environment variable the API key is read from (or the system keystore under that name). */
    public ReadOnlyStringProperty keyVariableProperty() {
        return keyVariable.getReadOnlyProperty();
    }

    /** What the last check of the model found ("sees images", "ignores images: …"), or "". */
    public ReadOnlyStringProperty checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** True when a model answers beside the geometry. */
    public boolean configured() {
        return settings != null;
    }

    /** The model's name, or "none". */
    public String name() {
        VlmSettings s = settings;
        return s == null ? "none" : s.model();
    }

    // Commands

    /**
     * Uses the model {@code modelName} at {@code address} with the key in {@code variable}; a blank address turns the
     * model off. Returns null when applied, else what is wrong with which field (the settings stay as they were).
     */
    public String apply(String address, String modelName, String variable) {
        String a = address == null ? "" : address.strip();
        String m = modelName == null ? "" : modelName.strip();
        String v = variable == null || variable.isBlank() ? VlmSettings.DEFAULT_KEY_VARIABLE : variable.strip();
        VlmSettings next;
        try {
            next = settingsOf(a, m, v);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        settings = next;
        asker = null; // a new client and a new probe: a server fixed meanwhile is asked again
        url.set(a);
        model.set(m);
        keyVariable.set(v);
        store.put(URL, a);
        store.put(MODEL, m);
        store.put(KEY_VARIABLE, v);
        check.set("");
        return null;
    }

    /** Asks the model once whether it sees images (a small image of one colour); the result in {@link #checkProperty}. */
    public void check() {
        VlmSettings s = settings;
        if (s == null) {
            check.set("No model set up: give the server's address and the model's name");
            return;
        }
        check.set("Checking " + s.model() + " …");
        network.execute(() -> asker(s).probe(), (ProbeResult r) -> check.set(describe(r)),
                e -> check.set("Could not reach the model: " + e.getMessage()));
    }

    /** The question reader, loaded on first use (worker thread) and kept for the process (used by one thread). */
    AskKit kit() {
        return KITS.computeIfAbsent(modelStore.root().toAbsolutePath().normalize(), r -> AskKit.open(modelStore));
    }

    /** The model's answer to {@code question} about the scene's image (network thread). */
    VlmReply ask(SceneModel scene, String question) throws Exception {
        VlmSettings s = settings;
        if (s == null) {
            throw new IllegalStateException("no model is set up (Model… in the Chat tab)");
        }
        // the lifted image re-encoded from its pixels: no EXIF (place, camera serial) leaves with it
        ImagePayload image = ImagePayload.jpeg(scene.result().input().color(), IMAGE_MAX_SIDE);
        return asker(s).ask(image, question);
    }

    /** The client for {@code s}, kept while the settings stay. */
    private synchronized VlmAsker asker(VlmSettings s) {
        VlmAsker a = asker;
        if (a == null || s != settings) {
            a = VlmAsker.connect(s, new VisionProbe());
            if (s == settings) {
                asker = a;
            }
        }
        return a;
    }

    /** The model's reply as it stands beside the measured answer (its number and whether it agrees). */
    VlmAnswer beside(VlmReply reply, Answer measured) {
        return ModelBeside.compare(reply, measured);
    }

    /** Closes the question reader (when the app quits). */
    void close() {
        KITS.values().forEach(AskKit::close);
        KITS.clear();
    }

    private static VlmSettings settingsOf(String address, String modelName, String variable) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalArgumentException("Model: give the model's name as the server lists it");
        }
        try {
            return VlmSettings.of(address, modelName).withApiKeyVariable(variable);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Server address \"" + address + "\": " + e.getMessage(), e);
        }
    }

    private static String describe(ProbeResult r) {
        return r.seesImages() ? "Sees images (" + r.message() + ")" : "Does not see images: " + r.message();
    }
}

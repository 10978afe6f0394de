package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.spatiallift.engine.ask.Asker;
import org.spatiallift.engine.ask.Conversation;
import org.spatiallift.engine.project.ChatTurn;
import org.spatiallift.engine.qa.QaScene;

/**
 * The scene a chat is about: the lift on show, its key and file, its objects as questions name them, the scene as
 * stored with each question, the turns stored earlier about it, the conversation so far, and its asker (made on the
 * first question, on the worker thread: the question reader loads then, not when a scene opens).
 */
final class ChatScene {

    private final SceneModel model;
    private final String key;
    private final Path file;
    private final QaScene qaScene;
    private final String sceneJson;
    private final List<ChatTurn> stored;
    private final Supplier<Asker> makeAsker;
    private final Conversation conversation = new Conversation();
    private Asker asker;

    ChatScene(SceneModel model, String key, Path file, QaScene qaScene, String sceneJson, List<ChatTurn> stored,
              Supplier<Asker> makeAsker) {
        this.model = model;
        this.key = key;
        this.file = file;
        this.qaScene = qaScene;
        this.sceneJson = sceneJson;
        this.stored = List.copyOf(stored);
        this.makeAsker = makeAsker;
    }

    SceneModel model() {
        return model;
    }

    String key() {
        return key;
    }

    Path file() {
        return file;
    }

    QaScene qaScene() {
        return qaScene;
    }

    String sceneJson() {
        return sceneJson;
    }

    List<ChatTurn> stored() {
        return stored;
    }

    Conversation conversation() {
        return conversation;
    }

    /** Makes the asker again at its next use (the units questions are answered in changed). */
    synchronized void renewAsker() {
        asker = null;
    }

    /** The asker, made on first use (worker thread). */
    synchronized Asker asker() {
        if (asker == null) {
            asker = makeAsker.get();
        }
        return asker;
    }
}

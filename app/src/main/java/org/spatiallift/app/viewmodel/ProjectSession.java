package org.spatiallift.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.project.AcceptedQaExport;
import org.spatiallift.engine.project.ChatTurn;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.StoredChat;
import org.spatiallift.engine.project.ProjectException;
import org.spatiallift.engine.project.Review;
import org.spatiallift.engine.project.ReviewStatus;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;

/**
 * The open project database, used on the worker thread only. The project is opened on first need: the file in the
 * preferences, else the default one; reading statuses never creates a file, a decision does (a new project, made
 * only where no file exists). An existing file that is not a SpatialLift project is refused, never changed.
 */
final class ProjectSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

    private final AppPreferences preferences;
    private ProjectDatabase db;

    ProjectSession(AppPreferences preferences) {
        this.preferences = preferences;
    }

    /** The file decisions go to (open or not yet). */
    Path file() {
        if (db != null) {
            return db.file();
        }
        Path chosen = preferences.projectFileProperty().get();
        return chosen != null ? chosen : ProjectLocations.defaultProject();
    }

    /** Opens the existing project in {@code file} in place of the open one (File › Open project…). */
    synchronized ProjectDatabase open(Path file) throws ProjectException {
        return use(ProjectDatabase.open(file));
    }

    /** Makes a new project at {@code file}, where no file may exist, in place of the open one (File › New project…). */
    synchronized ProjectDatabase create(Path file) throws ProjectException {
        return use(ProjectDatabase.create(file));
    }

    private ProjectDatabase use(ProjectDatabase next) throws ProjectException {
        if (db != null) {
            db.close();
        }
        db = next;
        LOG.info("{}: project open (schema {}, was {}{})", next.file(), next.schemaVersion(), next.openedAtVersion(),
                next.readOnly() ? ", read-only because " + next.readOnlyReason() : "");
        return next;
    }

    /** Decisions on the QA of one image; empty when no project exists yet. */
    synchronized Map<String, Review> reviews(String imageKey) throws ProjectException {
        if (db == null && !Files.exists(file())) {
            return Map.of();
        }
        return database().reviews(imageKey);
    }

    synchronized Review decide(QaPair qa, Path imageFile, ReviewStatus status, String question, String answer)
            throws ProjectException {
        return database().decide(qa, imageFile, status, question, answer, System.getProperty("user.name", "reviewer"));
    }

    /** Saves a chat question and its answer with the scene it was asked about (a project is made when none exists). */
    synchronized ChatTurn recordChatTurn(String imageKey, Path imageFile, String sceneJson, String question,
                                         String answer, String answerJson) throws ProjectException {
        return database().recordChatTurn(imageKey, imageFile, sceneJson, question, answer, answerJson);
    }

    /** The questions asked earlier about this image and scene, oldest first; none when no project exists yet. */
    synchronized List<ChatTurn> chatTurns(String imageKey, String sceneJson) throws ProjectException {
        if (db == null && !Files.exists(file())) {
            return List.of();
        }
        ProjectDatabase d = database();
        for (StoredChat c : d.chats(imageKey)) {
            if (c.sceneJson().equals(sceneJson)) {
                return d.chatTurns(c.id());
            }
        }
        return List.of();
    }

    synchronized AcceptedQaExport.Summary export(Path dir, ExportFormat format) throws Exception {
        return AcceptedQaExport.write(database(), dir, format);
    }

    synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** The open project; the remembered or default one is opened, or made new when no file is there yet. */
    private ProjectDatabase database() throws ProjectException {
        if (db == null) {
            Path f = file();
            if (Files.exists(f)) {
                open(f);
            } else {
                create(f);
            }
        }
        return db;
    }
}

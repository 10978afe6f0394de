package org.spatiallift.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chats are stored per image and lifted scene, in the order asked, survive reopening, and are refused read-only. */
class ProjectChatsTest {

    @TempDir
    Path dir;

    private static final String SCENE = "{\"objects\":[{\"id\":1,\"description\":\"the chair\"}]}";
    private static final String RELIFTED = "{\"objects\":[{\"id\":1,\"description\":\"the red chair\"}]}";

    @Test
    void turnsKeepTheirOrderAndSceneAcrossReopening() throws Exception {
        Path file = dir.resolve("p.db");
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            ChatTurn first = db.recordChatTurn("room.png", null, SCENE, "How tall is the chair?", "About 0.9 m.",
                    "{\"value\":0.9}");
            ChatTurn second = db.recordChatTurn("room.png", null, SCENE, "And how far is it?", "About 2 m.",
                    "{\"value\":2.0}");
            assertThat(second.chatId()).isEqualTo(first.chatId());
            assertThat(second.id()).isGreaterThan(first.id());
        }
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            List<StoredChat> chats = db.chats("room.png");
            assertThat(chats).singleElement().satisfies(c -> {
                assertThat(c.turns()).isEqualTo(2);
                assertThat(c.sceneJson()).isEqualTo(SCENE);
                assertThat(c.sceneSha256()).hasSize(64).isEqualTo(ProjectChats.sha256(SCENE));
            });
            assertThat(db.chatTurns(chats.get(0).id())).extracting(ChatTurn::question)
                    .containsExactly("How tall is the chair?", "And how far is it?");
            assertThat(db.chatTurns(chats.get(0).id())).extracting(ChatTurn::answerJson)
                    .containsExactly("{\"value\":0.9}", "{\"value\":2.0}");
            assertThat(db.chats("other.png")).isEmpty();
        }
    }

    @Test
    void aSceneLiftedAgainDifferentlyStartsItsOwnChat() throws Exception {
        try (ProjectDatabase db = ProjectDatabase.create(dir.resolve("p.db"))) {
            db.recordChatTurn("room.png", null, SCENE, "Q1", "A1", "{}");
            db.recordChatTurn("room.png", null, RELIFTED, "Q2", "A2", "{}");
            db.recordChatTurn("room.png", null, SCENE, "Q3", "A3", "{}");

            List<StoredChat> chats = db.chats("room.png");
            assertThat(chats).extracting(StoredChat::turns).containsExactly(2, 1);
            assertThat(db.chatTurns(chats.get(0).id())).extracting(ChatTurn::question).containsExactly("Q1", "Q3");
            assertThat(db.chatTurns(chats.get(1).id())).extracting(ChatTurn::question).containsExactly("Q2");
        }
    }

    @Test
    void aReadOnlyProjectRefusesToSaveAChatAndSaysWhatToDo() throws Exception {
        Path file = dir.resolve("p.db");
        try (ProjectDatabase db = ProjectDatabase.create(file)) {
            db.recordChatTurn("room.png", null, SCENE, "Q1", "A1", "{}");
        }
        try (ProjectDatabase db = ProjectDatabase.openReadOnly(file)) {
            assertThatThrownBy(() -> db.recordChatTurn("room.png", null, SCENE, "Q2", "A2", "{}"))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining("saving the chat is not possible")
                    .hasMessageContaining("File › Open project");
            assertThat(db.chats("room.png")).singleElement().extracting(StoredChat::turns).isEqualTo(1);
        }
        assertThat(Files.size(file)).isPositive();
    }
}

package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.QaScene;

/** Chats in text (the test template reader): pronouns across turns, clarifications answered by the next message. */
class ConversationTest {

    private final QaScene room = GroundingTest.room();
    private final Asker asker = new Asker(room, AskOptions.of(room, 0.5), new TemplateIntentReader(), null);

    @Test
    void itRefersToTheLastObjectAcrossTurns() {
        Conversation c = new Conversation();
        Answer first = asker.ask("How tall is the couch?", c);
        assertThat(first.intent()).isEqualTo("height");
        assertThat(first.value()).isEqualTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
        Answer second = asker.ask("How far is it from the floor lamp?", c);
        assertThat(second.intent()).isEqualTo("centre_distance");
        assertThat(second.objects()).extracting(AnswerObject::id).containsExactly(3, 6);
        Answer third = asker.ask("Which is taller, the couch or the floor lamp?", c);
        assertThat(third.shortAnswer()).isEqualTo("the floor lamp");
        Answer fourth = asker.ask("How wide is it?", c);
        assertThat(fourth.objects()).extracting(AnswerObject::id).containsExactly(6);
        Answer fifth = asker.ask("How wide is the other one?", c);
        assertThat(fifth.objects()).extracting(AnswerObject::id).containsExactly(3);
        assertThat(fifth.value()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.turns()).hasSize(5);
    }

    @Test
    void anAmbiguousMentionIsClarifiedThenAnswered() {
        Conversation c = new Conversation();
        Answer ask = asker.ask("How far is the chair from the couch?", c);
        assertThat(ask.value()).isNull();
        assertThat(ask.clarification()).isNotNull();
        assertThat(ask.clarification().candidates()).extracting(AnswerObject::id).containsExactly(1, 2);
        assertThat(c.awaitingClarification()).isTrue();
        Answer answered = asker.ask("the one on the right", c);
        assertThat(answered.intent()).isEqualTo("centre_distance");
        assertThat(answered.objects()).extracting(AnswerObject::id).containsExactly(2, 3);
        double expected = room.geometry().centreDistance(1, 2);
        assertThat(answered.value()).isEqualTo(expected);
        assertThat(c.awaitingClarification()).isFalse();
        Answer byNumber = asker.ask("How far is the chair from the couch?", c);
        assertThat(byNumber.clarification()).isNotNull();
        assertThat(asker.ask("1", c).objects()).extracting(AnswerObject::id).containsExactly(1, 3);
    }

    @Test
    void aNewQuestionInsteadOfAReplyIsAnsweredAsOne() {
        Conversation c = new Conversation();
        asker.ask("How tall is the chair?", c);
        Answer other = asker.ask("How tall is the floor lamp?", c);
        assertThat(other.objects()).extracting(AnswerObject::id).containsExactly(6);
        assertThat(other.value()).isEqualTo(1.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void afterAnObjectThatIsNotSeenItNoLongerPointsToAnEarlierOne() {
        Conversation c = new Conversation();
        asker.ask("How tall is the couch?", c);
        Answer piano = asker.ask("How tall is the piano?", c);
        assertThat(piano.answer()).startsWith("I see no piano");

        Answer it = asker.ask("How tall is it?", c);

        assertThat(it.value()).as(it.answer()).isNull();
        assertThat(it.objects()).extracting(AnswerObject::id).doesNotContain(3);
    }

    @Test
    void thisIsTheObjectPointedAtWithTheWordsThatNameIt() {
        Conversation c = new Conversation();
        asker.point(c, 6); // the floor lamp

        Answer tall = asker.ask("How tall is this?", c);
        Answer far = asker.ask("How far is this floor lamp from the couch?", c);

        assertThat(tall.objects()).extracting(AnswerObject::id).containsExactly(6);
        assertThat(tall.value()).isEqualTo(1.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(far.objects()).extracting(AnswerObject::id).containsExactly(6, 3);
    }

    @Test
    void thisChairIsThePointedChairAndAChairWhenSomethingElseIsPointedAt() {
        Conversation c = new Conversation();
        asker.point(c, 2); // the blue chair
        assertThat(asker.ask("How tall is this chair?", c).objects()).extracting(AnswerObject::id).containsExactly(2);

        Conversation other = new Conversation();
        asker.point(other, 3); // the couch
        Answer chair = asker.ask("How tall is this chair?", other);
        assertThat(chair.clarification()).as("two chairs, and the couch is not one: asked back").isNotNull();
        assertThat(chair.clarification().candidates()).extracting(AnswerObject::id).containsExactly(1, 2);
    }

    @Test
    void withNothingPointedAtThisIsTheLastAnswersObject() {
        Conversation c = new Conversation();
        asker.ask("How tall is the couch?", c);
        asker.point(c, -1);

        assertThat(asker.ask("How wide is this?", c).objects()).extracting(AnswerObject::id).containsExactly(3);
    }

    @Test
    void anObjectPointedAtThatQuestionsCannotNameIsSaidSoNeverAnEarlierOne() {
        Conversation c = new Conversation();
        asker.ask("How tall is the couch?", c);
        asker.point(c, 42);

        Answer a = asker.ask("How tall is this?", c);

        assertThat(a.value()).isNull();
        assertThat(a.answer()).startsWith("The selected object (#42").contains("left out of questions");
    }
}

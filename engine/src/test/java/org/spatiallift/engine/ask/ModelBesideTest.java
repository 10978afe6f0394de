package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.vlm.VlmReply;

/** A model's reply beside the measured answer: its number in the measured unit, and whether it agrees. */
class ModelBesideTest {

    private static VlmReply reply(String text) {
        return new VlmReply(text, org.spatiallift.engine.vlm.VlmAnswer.parse(text), "fake");
    }

    private static final Answer DISTANCE = new Answer("centre_distance", List.of(new AnswerObject(1, "the ball"),
            new AnswerObject(2, "the chair")), "About 1.5 meters.", "1.5 meters", 1.5, "m", new Interval(1.45, 1.55),
            List.of(), null, "between the box centres", null);

    @Test
    void aLengthWithinThreeQuartersToFourThirdsAgrees() {
        VlmAnswer near = ModelBeside.compare(reply("Roughly 5 feet."), DISTANCE);
        VlmAnswer far = ModelBeside.compare(reply("About 40 meters."), DISTANCE);

        assertThat(near.value()).isCloseTo(1.524, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(near.unit()).isEqualTo("m");
        assertThat(near.agrees()).isTrue();
        assertThat(far.value()).isEqualTo(40.0);
        assertThat(far.agrees()).isFalse();
        assertThat(far.explanation()).contains("outside");
    }

    @Test
    void yesNoAndChoicesAgreeWhenTheSame() {
        Answer yes = new Answer("left_of", DISTANCE.objects(), "Yes, the ball is left of the chair.", "yes", null,
                null, null, List.of(), null, "centres along x", null);
        Answer chose = new Answer("choose_taller", DISTANCE.objects(), "The chair is taller.", "the chair", null,
                null, null, List.of(), null, "heights", null);

        assertThat(ModelBeside.compare(reply("No."), yes).agrees()).isFalse();
        assertThat(ModelBeside.compare(reply("Yes, it is."), yes).agrees()).isTrue();
        assertThat(ModelBeside.compare(reply("The chair is taller."), chose).agrees()).isTrue();
        assertThat(ModelBeside.compare(reply("The ball."), chose).agrees()).isFalse();
    }

    @Test
    void aChoiceWithAReferenceObjectComparesTheCandidatesOnly() {
        Answer closest = new Answer("closest_to", List.of(new AnswerObject(1, "the sofa"), new AnswerObject(2,
                "the chair"), new AnswerObject(3, "the ball")), "The chair is closest to the sofa.", "the chair", null,
                null, null, List.of(), null, "centre distances", null);

        assertThat(ModelBeside.compare(reply("The chair is closest to the sofa."), closest).agrees()).isTrue();
        assertThat(ModelBeside.compare(reply("The ball is nearest the sofa."), closest).agrees()).isFalse();
    }

    @Test
    void aClarificationHasNothingToCompareWith() {
        Answer asked = Answer.clarify("height", List.of(), new Clarification("Which chair?", List.of()));

        VlmAnswer v = ModelBeside.compare(reply("About 1 meter."), asked);

        assertThat(v.agrees()).isNull();
        assertThat(v.explanation()).contains("asks which object");
    }
}

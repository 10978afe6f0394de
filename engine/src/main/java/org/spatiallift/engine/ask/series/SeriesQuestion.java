package org.spatiallift.engine.ask.series;

import java.util.List;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerObject;
import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.AskOptions;
import org.spatiallift.engine.ask.Conversation;
import org.spatiallift.engine.ask.Intent;
import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;

/**
 * A question asked of every frame of a sequence ("how far is the gripper from the bottle?"): read once into its QA
 * category, which measures each frame ({@link CategoryMeasure}), and its objects grounded in the first frame as a chat
 * question would be (descriptions, synonyms, attributes), then tracked ({@link ObjectTracker}). A question that is not
 * a number of fixed objects, or whose objects the first frame does not pick out one by one, is refused with the reason.
 */
public final class SeriesQuestion {

    private final Intent intent;
    private final AskKit kit;

    private SeriesQuestion(Intent intent, AskKit kit) {
        this.intent = intent;
        this.kit = kit;
    }

    /** {@code question} read by {@code kit}; throws naming what a series can measure when it is not one of those. */
    public static SeriesQuestion read(String question, AskKit kit) {
        Intent i = kit.reader().read(question);
        List<String> measurable = CategoryMeasure.measurable();
        if (i.kind() != IntentKind.CATEGORY || !measurable.contains(i.category())) {
            throw new IllegalArgumentException("\"" + question + "\" reads as " + (i.kind() == IntentKind.CATEGORY
                    ? "the category " + i.category() + ", which is not a number of fixed objects"
                    : "no measurable question (" + i.kind().name().toLowerCase(java.util.Locale.ROOT) + ")")
                    + "; a series asks for one number per frame: " + measurable);
        }
        return new SeriesQuestion(i, kit);
    }

    public Intent intent() {
        return intent;
    }

    /** What each frame gives: the category's own value. */
    public FrameMeasure measure(Margins margins) {
        return new CategoryMeasure(intent.category(), margins);
    }

    /** The question's objects in the first frame, grounded as the chat grounds them; throws when it cannot tell. */
    public ObjectChoice choice() {
        return first -> {
            Answer a = kit.asker(first, AskOptions.of(first, Double.NaN)).ask(intent, new Conversation());
            int wanted = new CategoryMeasure(intent.category(), Margins.defaults()).objectCount();
            if (a.clarification() != null || a.objects().size() != wanted) {
                throw new IllegalArgumentException("in the first frame: " + a.answer()
                        + (a.clarification() == null ? "" : " (" + a.clarification().candidates().stream()
                        .map(AnswerObject::description).toList() + ")")
                        + "; name the objects so that the first frame shows one of each");
            }
            int[] indices = new int[wanted];
            for (int k = 0; k < wanted; k++) {
                indices[k] = indexOf(first.objects(), a.objects().get(k).id());
            }
            return indices;
        };
    }

    private static int indexOf(List<QaObject> objects, int id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalStateException("object " + id + " is not in the first frame's scene");
    }
}

package org.spatiallift.engine.ask;

import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.vlm.Agreement;
import org.spatiallift.engine.vlm.GeometricAnswer;
import org.spatiallift.engine.vlm.VlmReply;

/**
 * A vision-language model's reply set beside a measured answer: its number (in the measured answer's unit) and
 * whether it agrees (quantities within [0.75×, 1.33×] of the measured value; yes/no and chosen objects when the
 * same). The one comparison the command line and the app both show.
 */
public final class ModelBeside {

    private ModelBeside() {
    }

    public static VlmAnswer compare(VlmReply reply, Answer measured) {
        GeometricAnswer g = geometric(measured);
        Agreement a = g == null ? null : reply.agreement(g);
        double v = reply.value();
        boolean sameUnit = reply.unit() != null && reply.unit().equals(measured.unit());
        return new VlmAnswer(reply.text(), sameUnit && Double.isFinite(v) ? v : null, sameUnit ? reply.unit() : null,
                a == null ? null : a.agrees(), a == null ? "the measured answer has nothing to compare with ("
                        + (measured.clarification() != null ? "it asks which object was meant" : "no value or choice")
                        + ")" : a.explanation());
    }

    /** The measured answer as the comparison takes it, or null when it states nothing comparable. */
    static GeometricAnswer geometric(Answer a) {
        if (a.value() != null) {
            return GeometricAnswer.quantity(a.value(), a.unit());
        }
        String s = a.shortAnswer() == null ? null : a.shortAnswer().strip().toLowerCase(Locale.ROOT);
        if ("yes".equals(s) || "no".equals(s)) {
            return GeometricAnswer.yesNo("yes".equals(s));
        }
        if (s != null && a.objects().size() >= 2) {
            // a question with a reference object ("which is closest to the sofa?") chooses among the others only, so
            // a model's "the chair is closest to the sofa" names one candidate
            boolean target = a.intent() != null && Categories.all().stream()
                    .anyMatch(c -> c.name().equals(a.intent()) && c.arity().hasTarget());
            List<String> names = a.objects().subList(target ? 1 : 0, a.objects().size()).stream()
                    .map(AnswerObject::description).toList();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(s)) {
                    return GeometricAnswer.choice(i, names);
                }
            }
        }
        return null;
    }
}

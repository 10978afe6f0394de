package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerStep;
import org.spatiallift.engine.ask.Interval;
import org.spatiallift.engine.ask.VlmAnswer;
import org.spatiallift.engine.project.ChatTurn;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;

/** How the Chat tab shows an answer: its text, the value with unit, interval and frame, the steps, the candidates. */
final class ChatEntries {

    private ChatEntries() {
    }

    static ChatEntry of(int id, String question, Answer a, QaScene scene, LengthUnit unit) {
        List<String> steps = new ArrayList<>();
        for (AnswerStep s : a.steps()) {
            steps.add(s.question() + " → " + s.answer());
        }
        List<ChatCandidate> candidates = a.clarification() == null ? List.of()
                : a.clarification().candidates().stream().map(o -> new ChatCandidate(o.id(), o.description())).toList();
        VlmAnswer v = a.vlm();
        return new ChatEntry(id, question, a.answer(), measured(a, scene, unit), a.howMeasured(), steps, candidates,
                v == null ? "" : "Model: " + v.answer(), v == null ? "" : verdict(a, v), ChatEntry.State.ANSWERED);
    }

    /**
     * The entries of a chat saved earlier: its answers as they were stored, read back by entry id ({@code answers}; an
     * answer that could not be read shows its stored text).
     */
    static List<ChatEntry> stored(List<ChatTurn> turns, Map<Integer, Answer> answers, QaScene scene, LengthUnit unit) {
        List<ChatEntry> out = new ArrayList<>();
        for (ChatTurn t : turns) {
            int id = out.size() + 1;
            Answer a = answers.get(id);
            out.add(a == null ? new ChatEntry(id, t.question(), t.answer(), "", "", List.of(), List.of(), "", "",
                    ChatEntry.State.ANSWERED) : of(id, t.question(), a, scene, unit));
        }
        return out;
    }

    static ChatEntry failed(int id, String question, Throwable e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        return new ChatEntry(id, question, "No answer: " + why, "", "", List.of(), List.of(), "", "",
                ChatEntry.State.FAILED);
    }

    /** The entry with the model's failure beside it ("Model llava:7b: no answer — …"). */
    static ChatEntry withModelFailure(ChatEntry e, String model, Throwable t) {
        if (e == null) {
            return null;
        }
        String why = t.getMessage() == null ? t.toString() : t.getMessage();
        return new ChatEntry(e.id(), e.question(), e.answer(), e.measured(), e.howMeasured(), e.steps(), e.candidates(),
                "Model " + model + ": no answer — " + why, "", e.state());
    }

    /** The answer units for the app's length setting. */
    static Units units(LengthUnit unit) {
        return unit == LengthUnit.METRES_AND_FEET ? Units.BOTH : Units.METRIC;
    }

    /**
     * "1.213 m (1.150–1.270 m), canonical frame", "0.62 (0.55–0.70), ratio of heights", "3 o'clock", "4 objects"; ""
     * without a value.
     */
    static String measured(Answer a, QaScene scene, LengthUnit unit) {
        if (a.value() == null) {
            return "";
        }
        double v = a.value();
        Interval i = a.interval();
        String frame = scene.canonical() ? "canonical frame (gravity-aligned)" : "camera frame (no gravity found)";
        return switch (a.unit()) {
            case Category.METRES -> Formats.length(v, unit) + (i == null ? "" : " (" + range(i, unit) + ")") + ", "
                    + frame;
            case Category.RATIO -> Formats.format("%.2f", v)
                    + (i == null ? "" : Formats.format(" (%.2f–%.2f)", i.lo(), i.hi())) + ", ratio";
            case Category.CLOCK -> Formats.format("%d o'clock", Math.round(v));
            case Category.COUNT -> Formats.format("%d objects", Math.round(v));
            default -> Formats.format("%s %s", v, a.unit());
        };
    }

    /** "1.150–1.270 m", with feet too when lengths are shown in both. */
    private static String range(Interval i, LengthUnit unit) {
        String m = Formats.format("%.3f–%.3f m", i.lo(), i.hi());
        return unit == LengthUnit.METRES_AND_FEET ? m + Formats.format(" = %.2f–%.2f ft",
                i.lo() / LengthUnit.METRES_PER_FOOT, i.hi() / LengthUnit.METRES_PER_FOOT) : m;
    }

    private static String verdict(Answer a, VlmAnswer v) {
        if (v.agrees() == null) {
            return "cannot tell whether it agrees";
        }
        String word = v.agrees() ? "agrees" : "disagrees";
        if (v.value() != null && a.value() != null && a.value() != 0) {
            return Formats.format("%s: %.2f× the measured value (agreement: 0.75–1.33×)", word, v.value() / a.value());
        }
        return word + " with the measured answer";
    }
}

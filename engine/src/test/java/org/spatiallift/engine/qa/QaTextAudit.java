package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.spatiallift.engine.qa.text.Aspect;

/**
 * Counts what the text of generated QA must never do: leak (an object's description states the aspect its question
 * asks, {@link Aspect}) or compare an object with itself (two slots of one QA name the same object or the same
 * words). Each QA with a problem is counted once per kind, with its text.
 */
final class QaTextAudit {

    final List<String> leaks = new ArrayList<>();
    final List<String> selfComparisons = new ArrayList<>();
    int qa;

    void check(QaPair p) {
        qa++;
        int asked = Aspect.askedBy(p.category());
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<String> leaked = new ArrayList<>();
        for (QaObject o : p.objects()) {
            if ((Aspect.stated(o.description()) & asked) != 0) {
                leaked.add(o.description());
            }
            if (!ids.add(o.id()) || !names.add(o.description())) {
                selfComparisons.add("[" + p.category() + "] object " + o.id() + " (" + o.description() + ") twice: "
                        + p.question() + " -> " + p.answer());
            }
        }
        for (QaStep s : p.reasoning()) {
            for (QaObject o : p.objects()) {
                if ((Aspect.stated(o.description()) & Aspect.askedBy(s.category())) != 0
                        && s.question().contains(o.description())) {
                    leaked.add(o.description() + " (step " + s.category() + ")");
                }
            }
        }
        if (!leaked.isEmpty()) {
            leaks.add("[" + p.category() + "] " + leaked + ": " + p.question() + " -> " + p.answer());
        }
    }

    void checkAll(QaBatch batch) {
        batch.pairs().forEach(this::check);
    }

    String summary() {
        return leaks.size() + " leaks and " + selfComparisons.size() + " self-comparisons in " + qa + " QA; first: "
                + leaks.stream().limit(5).toList() + " " + selfComparisons.stream().limit(5).toList();
    }
}

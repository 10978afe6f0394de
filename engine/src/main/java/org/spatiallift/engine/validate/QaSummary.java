package org.spatiallift.engine.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * QA validity over judged frames.
 *
 * @param overall          generated, judged and valid QA
 * @param invalidByReason  invalid QA per reason
 * @param notJudgedByReason QA not judged per reason
 * @param perCategory      counts per category, by name
 * @param yieldPerFrame    QA generated per frame (mean)
 */
public record QaSummary(CategoryCount overall, Map<String, Long> invalidByReason, Map<String, Long> notJudgedByReason,
                        Map<String, CategoryCount> perCategory, double yieldPerFrame) {

    /** Summarises the QA of {@code reports}. */
    public static QaSummary of(List<FrameReport> reports) {
        List<QaJudgement> all = reports.stream().flatMap(r -> r.qa().stream()).toList();
        Map<String, Long> invalid = new TreeMap<>();
        Map<String, Long> notJudged = new TreeMap<>();
        Map<String, List<QaJudgement>> byCategory = new TreeMap<>();
        for (QaJudgement j : all) {
            if (!j.judged()) {
                notJudged.merge(j.reason(), 1L, Long::sum);
            } else if (!j.valid()) {
                invalid.merge(j.reason(), 1L, Long::sum);
            }
            byCategory.computeIfAbsent(j.category(), k -> new java.util.ArrayList<>()).add(j);
        }
        Map<String, CategoryCount> per = new TreeMap<>();
        byCategory.forEach((k, v) -> per.put(k, count(v)));
        return new QaSummary(count(all), invalid, notJudged, per, reports.isEmpty() ? 0 : all.size() / (double) reports.size());
    }

    private static CategoryCount count(List<QaJudgement> js) {
        return new CategoryCount(js.size(), js.stream().filter(QaJudgement::judged).count(),
                js.stream().filter(QaJudgement::valid).count());
    }
}

package org.spatiallift.engine.qa;

import java.util.Locale;

/** The four kinds of question. Quantitative ones give a number; the other three are qualitative. */
public enum QaKind {
    /** "Is A left of B?" — yes or no. */
    YES_NO,
    /** "Which is further left, A or B?" — one of the two. */
    CHOICE,
    /** "How far is A from B?" — a number with its unit. */
    QUANTITATIVE,
    /** Three or more objects ("Which of A, B, C is closest to X?"), with an optional chain of thought. */
    MULTI_OBJECT;

    /** "yes_no", "choice", "quantitative" or "multi_object", as in JSON and docs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QaKind fromKey(String key) {
        for (QaKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown QA kind \"" + key + "\", expected yes_no, choice, quantitative or multi_object");
    }
}

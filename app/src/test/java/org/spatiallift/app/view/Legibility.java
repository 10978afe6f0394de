package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/** What the legibility tests measure on the scene graph: cut text, tooltips, contrast. Independent of the app's code. */
final class Legibility {

    private Legibility() {
    }

    /** "Status: not run: objects fr…" for each Labeled under {@code root} drawn cut without a tooltip of its text. */
    static List<String> cutWithoutFullTooltip(Node root) {
        List<String> bad = new ArrayList<>();
        for (Labeled l : shownLabeleds(root)) {
            String shown = drawnText(l);
            String full = l.getText();
            if (shown == null || full == null || full.isEmpty() || shown.equals(full)
                    || l.isMnemonicParsing() && shown.equals(full.replaceFirst("_", ""))) {
                continue;
            }
            if (l.getTooltip() == null || !full.equals(l.getTooltip().getText())) {
                bad.add(l.getClass().getSimpleName() + " '" + shown + "' of '" + full + "'");
            }
        }
        return bad;
    }

    /** How many Labeleds under {@code root} are drawn cut (with a tooltip or not). */
    static long cutCount(Node root) {
        return shownLabeleds(root).stream().filter(l -> drawnText(l) != null && l.getText() != null
                && !l.getText().isEmpty() && !drawnText(l).equals(l.getText())).count();
    }

    /** Labeleds under {@code root} (root included) that are visible, as are all their parents. */
    static List<Labeled> shownLabeleds(Node root) {
        List<Labeled> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** The text a Labeled's skin draws: its Text child's text; null without a skin. */
    static String drawnText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /** The colour {@code region} is filled with on top (its last opaque colour fill), going up its parents. */
    static Color backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                Background b = r.getBackground();
                for (int i = b.getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill f = b.getFills().get(i);
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.99) {
                        return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    /** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}

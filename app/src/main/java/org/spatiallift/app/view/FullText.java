package org.spatiallift.app.view;

import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Text that does not fit is never lost: a label or cell cut to "…" shows its whole text in a tooltip for as long as it
 * is cut (and no tooltip while it fits). Every label, button or cell whose text can be cut goes through
 * {@link #whenElided}; table columns of text take {@link #cells}.
 */
final class FullText {

    private static final String KEY = FullText.class.getName();
    private static final double TOOLTIP_MAX_WIDTH = 520;
    /** A column header's padding and sort-arrow room on both sides, px (Modena: 0.166em + 3 px each side, and more). */
    private static final double HEADER_PADDING = 16;

    private FullText() {
    }

    /** {@code labeled} shows its whole text in a tooltip whenever its skin draws it cut. */
    static <T extends Labeled> T whenElided(T labeled) {
        if (labeled.getProperties().containsKey(KEY)) {
            return labeled;
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(labeled.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_MAX_WIDTH);
        labeled.getProperties().put(KEY, tip);
        InvalidationListener update = o -> update(labeled, tip);
        labeled.textProperty().addListener(update);
        labeled.skinProperty().addListener((obs, old, skin) -> watchShownText(labeled, update));
        watchShownText(labeled, update);
        return labeled;
    }

    /**
     * Whether {@code labeled}'s skin draws less than its text ("Object det…"): the drawn text differs from the text
     * (a mnemonic's underscore aside). False before it has a skin.
     */
    static boolean isElided(Labeled labeled) {
        Text shown = shownText(labeled);
        String full = labeled.getText();
        if (shown == null || full == null || full.isEmpty()) {
            return false;
        }
        String drawn = shown.getText() == null ? "" : shown.getText();
        return !drawn.equals(full) && !(labeled.isMnemonicParsing() && drawn.equals(full.replaceFirst("_", "")));
    }

    /** Cells of text from {@code value}, each with its whole text in a tooltip while the column is too narrow. */
    static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells() {
        return c -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty ? null : s);
                }
            };
            return whenElided(cell);
        };
    }

    /** A column of text: {@code value} of each row, in {@link #cells}; never narrower than its title. */
    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setMinWidth(headerWidth(title));
        c.setPrefWidth(Math.max(width, c.getMinWidth()));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(cells());
        return c;
    }

    /** The width a column needs to show {@code title} whole: the text in the default font and the header's padding. */
    static double headerWidth(String title) {
        return Math.ceil(new Text(title).getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    private static void watchShownText(Labeled labeled, InvalidationListener update) {
        Text shown = shownText(labeled);
        if (shown != null && !shown.getProperties().containsKey(KEY)) {
            shown.getProperties().put(KEY, Boolean.TRUE);
            shown.textProperty().addListener(update);
        }
        update.invalidated(null);
    }

    private static void update(Labeled labeled, Tooltip tip) {
        Tooltip current = labeled.getTooltip();
        if (current != null && current != tip) {
            return; // a tooltip of its own says more than the text
        }
        Tooltip want = isElided(labeled) ? tip : null;
        if (current != want) {
            labeled.setTooltip(want);
        }
    }

    /** The text node a labeled's skin draws (the skin's only {@link Text} child), or null without a skin. */
    private static Text shownText(Labeled labeled) {
        for (Node n : labeled.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t;
            }
        }
        return null;
    }
}

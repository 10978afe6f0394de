package org.spatiallift.app.view;

import java.util.function.Supplier;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A side-panel tab whose content is built when the tab is first shown (or asked for), not when the window is built:
 * the window appears sooner, since a tab's controls cost styling and layout even while hidden.
 */
final class LazyTab<T extends Node> {

    private final Tab tab;
    private final Supplier<T> build;
    private T content;

    LazyTab(String title, Supplier<T> build) {
        this.tab = new Tab(title);
        this.build = build;
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    content();
                }
            }
        };
        tab.selectedProperty().addListener(first);
    }

    Tab tab() {
        return tab;
    }

    /** The content, built now if it was not yet. */
    T content() {
        if (content == null) {
            content = build.get();
            tab.setContent(content);
        }
        return content;
    }
}

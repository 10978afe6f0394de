package org.spatiallift.app.view;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the robot tests open it: a view model working on a background thread with FX callbacks, the main
 * view in a window of the given size.
 */
record TestWindow(MainViewModel viewModel, MainView view) {

    /** Opens the main window in {@code stage} at {@code width} × {@code height} (the test's {@code @Start}). */
    static TestWindow open(Stage stage, double width, double height) {
        MainViewModel viewModel = new MainViewModel(new FxTaskExecutor());
        MainView view = new MainView(viewModel, stage);
        stage.setScene(new Scene(view, width, height));
        stage.show();
        return new TestWindow(viewModel, view);
    }

    /** Waits until a scene is lifted and its whole cloud is drawn. */
    void awaitScene() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.cloudView().showingFullCloud());
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}

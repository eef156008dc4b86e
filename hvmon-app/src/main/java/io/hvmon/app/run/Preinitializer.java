package io.hvmon.app.run;

import io.hvmon.app.api.cache.Rendered;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.http.HttpApi;

import java.util.List;

/**
 * Runs slow one-time initialisations that a serving command will need on a second thread, while the main thread
 * reads the command line and the config (the idea of Spring Boot's {@code BackgroundPreinitializer}). On a cold JVM
 * a few JDK and Jetty classes cost tens of milliseconds each to initialise (Jetty's MIME table asks the JDK for every
 * available locale; {@code BigDecimal}'s tables; the security providers; the time-zone rules); done here, they are
 * ready when the main thread gets to them, or it waits for the rest of the one in progress, never longer than without.
 * A task that fails is skipped: the main thread will meet the same failure itself and report it properly.
 */
public final class Preinitializer {

    private Preinitializer() {
    }

    /** For the commands that serve the API: what reading the config, starting Jetty and tagging bodies need. */
    public static void startForServing() {
        start(List.of(ConfigLoader::preinitialize, HttpApi::preinitialize, Rendered::preinitialize));
    }

    /** Starts the tasks, in order, on one daemon thread; returns at once. */
    public static void start(List<Runnable> tasks) {
        Thread thread = new Thread(() -> tasks.forEach(Preinitializer::runQuietly), "hvmon-preinit");
        thread.setDaemon(true);
        thread.start();
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | LinkageError e) {
            // Not reported here: see the class comment.
        }
    }
}

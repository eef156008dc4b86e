package io.hvmon.app.cli;

import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.CheckResult;
import io.hvmon.app.check.HvmonClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every check shares: ask hvmon within {@code --timeout}, print the status line, exit with its code. Whatever
 * goes wrong is UNKNOWN with a line saying why, never a stack trace.
 */
abstract class CheckSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckConnection connection = new CheckConnection();

    /** {@code VM}, {@code REPLICATION}, ...: the word after HVMON in the status line. */
    abstract String subject();

    abstract CheckResult check(HvmonClient client) throws CheckFailure;

    @Override
    public Integer call() {
        CheckResult result = runWithin();
        spec.commandLine().getOut().println(result.line());
        spec.commandLine().getOut().flush();
        return result.status().exitCode();
    }

    /** The whole exchange has the timeout (socket timeouts alone would let a trickling answer run on). */
    private CheckResult runWithin() {
        FutureTask<CheckResult> task = new FutureTask<>(() -> check(connection.client()));
        Thread worker = new Thread(task, "hvmon-check");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(connection.timeoutSeconds < 1 ? 1 : connection.timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return CheckResult.unknown(subject(), "no answer from " + connection.url + " within "
                    + connection.timeoutSeconds + " s (--timeout)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof CheckFailure ? cause.getMessage() : "internal error: " + cause;
            return CheckResult.unknown(subject(), why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.unknown(subject(), "interrupted");
        }
    }
}

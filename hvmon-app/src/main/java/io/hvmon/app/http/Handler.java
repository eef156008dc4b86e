package io.hvmon.app.http;

/** Answers one route. May throw {@link ProblemException} for an error answer. */
@FunctionalInterface
public interface Handler {

    Response handle(Request request);
}

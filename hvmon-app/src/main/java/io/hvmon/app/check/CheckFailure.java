package io.hvmon.app.check;

/** Why a check could not tell: reported as UNKNOWN with this message, which says it in plain words. */
public final class CheckFailure extends Exception {

    public CheckFailure(String message) {
        super(message, null, false, false);
    }
}

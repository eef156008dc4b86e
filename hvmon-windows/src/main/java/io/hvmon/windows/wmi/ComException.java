package io.hvmon.windows.wmi;

/** A COM call returned a failure HRESULT. {@link WmiErrors} turns it into words for the user. */
public final class ComException extends Exception {

    private final int hresult;
    private final String call;

    /** @param call what was called, e.g. {@code IWbemServices::ExecQuery} */
    public ComException(int hresult, String call) {
        super(call + " failed: " + WmiErrors.hex(hresult), null, false, false);
        this.hresult = hresult;
        this.call = call;
    }

    public int hresult() {
        return hresult;
    }

    public String call() {
        return call;
    }
}

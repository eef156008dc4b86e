package io.hvmon.windows.service.manage;

/** A service operation failed; the message is in plain words (see {@link Win32Errors}), the code is Windows'. */
public final class ServiceManagementException extends RuntimeException {

    private final int win32Error;

    public ServiceManagementException(int win32Error, String message) {
        super(message, null, false, false);
        this.win32Error = win32Error;
    }

    public int win32Error() {
        return win32Error;
    }
}

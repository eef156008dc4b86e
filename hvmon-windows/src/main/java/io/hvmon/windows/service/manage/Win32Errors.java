package io.hvmon.windows.service.manage;

/**
 * Win32 error codes of service management in plain words: what happened, why, and what to do.
 * Pure, so every message is checked on any OS; the code is always added in brackets for searching.
 */
public final class Win32Errors {

    public static final int ERROR_FILE_NOT_FOUND = 2;
    public static final int ERROR_PATH_NOT_FOUND = 3;
    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_INVALID_PARAMETER = 87;
    public static final int ERROR_INVALID_NAME = 123;
    public static final int ERROR_BAD_EXE_FORMAT = 193;
    public static final int ERROR_DEPENDENT_SERVICES_RUNNING = 1051;
    public static final int ERROR_SERVICE_REQUEST_TIMEOUT = 1053;
    public static final int ERROR_SERVICE_NO_THREAD = 1054;
    public static final int ERROR_SERVICE_DATABASE_LOCKED = 1055;
    public static final int ERROR_SERVICE_ALREADY_RUNNING = 1056;
    public static final int ERROR_INVALID_SERVICE_ACCOUNT = 1057;
    public static final int ERROR_SERVICE_DISABLED = 1058;
    public static final int ERROR_SERVICE_DOES_NOT_EXIST = 1060;
    public static final int ERROR_SERVICE_CANNOT_ACCEPT_CTRL = 1061;
    public static final int ERROR_SERVICE_NOT_ACTIVE = 1062;
    public static final int ERROR_FAILED_SERVICE_CONTROLLER_CONNECT = 1063;
    public static final int ERROR_SERVICE_SPECIFIC_ERROR = 1066;
    public static final int ERROR_SERVICE_LOGON_FAILED = 1069;
    public static final int ERROR_SERVICE_START_HANG = 1070;
    public static final int ERROR_SERVICE_MARKED_FOR_DELETE = 1072;
    public static final int ERROR_SERVICE_EXISTS = 1073;
    public static final int ERROR_DUPLICATE_SERVICE_NAME = 1078;
    public static final int ERROR_SHUTDOWN_IN_PROGRESS = 1115;
    public static final int ERROR_LOGON_FAILURE = 1326;
    public static final int ERROR_NONE_MAPPED = 1332;

    private Win32Errors() {
    }

    /**
     * The error in plain words.
     *
     * @param code          the Win32 error (GetLastError)
     * @param service       the service's name, for the message
     * @param systemMessage Windows' own text for the code (FormatMessage), used for codes not known here; may be null
     */
    public static String explain(int code, String service, String systemMessage) {
        String quoted = "'" + service + "'";
        String words = switch (code) {
            case ERROR_ACCESS_DENIED -> "access denied: installing and controlling Windows services needs an"
                    + " administrator; run this from an elevated prompt (Run as administrator)";
            case ERROR_SERVICE_EXISTS -> "a service named " + quoted + " is already installed; to install it anew,"
                    + " run 'hvmon service uninstall --name " + service + "' first, or choose another --name";
            case ERROR_DUPLICATE_SERVICE_NAME -> "another service already uses the name or display name of " + quoted
                    + "; choose another --name or --display-name";
            case ERROR_SERVICE_DOES_NOT_EXIST -> "no service named " + quoted + " is installed (install it with"
                    + " 'hvmon service install" + nameOption(service) + "')";
            case ERROR_SERVICE_MARKED_FOR_DELETE -> "service " + quoted + " is marked for deletion: Windows removes"
                    + " it once nothing holds it open; close the Services console (services.msc) and Event Viewer,"
                    + " then try again (a restart of Windows also completes the deletion)";
            case ERROR_SERVICE_ALREADY_RUNNING -> "service " + quoted + " is already running";
            case ERROR_SERVICE_NOT_ACTIVE -> "service " + quoted + " is not running";
            case ERROR_SERVICE_REQUEST_TIMEOUT -> "service " + quoted + " did not answer the service control manager"
                    + " in time; see the Application event log (source " + service + "), the System event log"
                    + " (source Service Control Manager) and %ProgramData%\\hvmon\\logs\\hvmon.log";
            case ERROR_SERVICE_NO_THREAD, ERROR_SERVICE_START_HANG -> "service " + quoted + " started but did not"
                    + " report to the service control manager; see %ProgramData%\\hvmon\\logs\\hvmon.log";
            case ERROR_SERVICE_DISABLED -> "service " + quoted + " is disabled; enable it with"
                    + " 'sc.exe config " + service + " start= delayed-auto' and start it again";
            case ERROR_SERVICE_LOGON_FAILED -> "service " + quoted + " could not log on as its account: check the"
                    + " password, and that the account has the right 'Log on as a service' (Local Security Policy,"
                    + " User Rights Assignment)";
            case ERROR_INVALID_SERVICE_ACCOUNT, ERROR_NONE_MAPPED -> "that account does not exist; give it as"
                    + " 'NT AUTHORITY\\NetworkService', 'DOMAIN\\user' or '.\\localuser' (or leave --account out for"
                    + " LocalSystem)";
            case ERROR_LOGON_FAILURE -> "the account's user name or password is wrong";
            case ERROR_SERVICE_CANNOT_ACCEPT_CTRL -> "service " + quoted + " cannot take that request now (it is"
                    + " starting or stopping); try again in a moment";
            case ERROR_DEPENDENT_SERVICES_RUNNING -> "other running services depend on " + quoted + "; stop them first";
            case ERROR_SERVICE_DATABASE_LOCKED -> "the service database is locked by another installation; try again"
                    + " in a moment";
            case ERROR_INVALID_NAME -> quoted + " is not a valid service name";
            case ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND, ERROR_BAD_EXE_FORMAT -> "the program in the command line"
                    + " of service " + quoted + " cannot be run (moved, deleted or not a program); install the"
                    + " service anew: 'hvmon service uninstall" + nameOption(service) + "', then 'hvmon service install'";
            case ERROR_FAILED_SERVICE_CONTROLLER_CONNECT -> "this is what the Windows service manager starts; to run"
                    + " hvmon in this console use 'hvmon serve'";
            case ERROR_SERVICE_SPECIFIC_ERROR -> "service " + quoted + " stopped with an error of its own; see the"
                    + " Application event log (source " + service + ") and %ProgramData%\\hvmon\\logs\\hvmon.log";
            case ERROR_SHUTDOWN_IN_PROGRESS -> "Windows is shutting down";
            case ERROR_INVALID_PARAMETER -> "Windows refused a setting as invalid"
                    + (systemMessage == null ? "" : ": " + trim(systemMessage));
            default -> systemMessage == null || systemMessage.isBlank() ? "Windows error " + code : trim(systemMessage);
        };
        return words + " [Windows error " + code + "]";
    }

    private static String nameOption(String service) {
        return service.equals(BinPath.DEFAULT_NAME) ? "" : " --name " + service;
    }

    /** FormatMessage's texts end with a period and a line break. */
    private static String trim(String systemMessage) {
        String text = systemMessage.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}

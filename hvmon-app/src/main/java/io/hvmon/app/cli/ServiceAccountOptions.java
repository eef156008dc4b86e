package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import io.hvmon.windows.service.manage.ServiceAccount;

import java.util.function.Function;

/**
 * The account of {@code service install --account A [--password-env VAR]}, checked before anything is installed:
 * Windows' own accounts take no password, a user account needs one, read from an environment variable so that it
 * appears neither on the command line nor in the shell's history. hvmon passes it to Windows and keeps it nowhere.
 *
 * @param account  as CreateService takes it; null for LocalSystem
 * @param password null for accounts without one
 */
record ServiceAccountOptions(String account, String password) {

    static ServiceAccountOptions of(String accountGiven, String passwordEnv, Function<String, String> environment) {
        String account = ServiceAccount.forCreateService(accountGiven);
        boolean needsNoPassword = ServiceAccount.isBuiltIn(accountGiven) || ServiceAccount.isManaged(accountGiven);
        if (needsNoPassword) {
            if (passwordEnv != null) {
                throw new UserError(2, "--password-env: the account " + (account == null ? "LocalSystem" : account)
                        + " has no password that hvmon could give; leave --password-env out");
            }
            return new ServiceAccountOptions(account, null);
        }
        if (passwordEnv == null) {
            throw new UserError(2, "--account " + account + " needs its password: put it in an environment variable"
                    + " and name that with --password-env VAR (e.g. $env:HVMON_SERVICE_PASSWORD = Read-Host ... in"
                    + " PowerShell); hvmon gives it to Windows and stores it nowhere");
        }
        String password = environment.apply(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new UserError(2, "--password-env: the environment variable " + passwordEnv + " is "
                    + (password == null ? "not set" : "empty"));
        }
        return new ServiceAccountOptions(account, password);
    }

    /** As the Services console shows it. */
    String shown() {
        return account == null ? "LocalSystem" : account;
    }

    @Override
    public String toString() {
        return "ServiceAccountOptions[account=" + shown() + "]"; // never the password
    }
}

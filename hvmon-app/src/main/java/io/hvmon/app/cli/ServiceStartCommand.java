package io.hvmon.app.cli;

import io.hvmon.windows.service.manage.ServiceInfo;
import io.hvmon.windows.service.manage.ServiceManagementException;
import io.hvmon.windows.service.manage.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon service start}: starts the service and waits until it runs. */
@Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Start the Windows service and wait (at most 60 s) until it runs (elevated prompt).")
final class ServiceStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Override
    public Integer call() {
        WindowsOnly.require("start", "starts a Windows service");
        String name = service.checked();
        ServiceInfo info;
        try {
            info = ServiceManager.forThisMachine().start(name, ServiceManager.WAIT);
        } catch (ServiceManagementException e) {
            throw WindowsOnly.failed("cannot start service '" + name + "'", e);
        }
        spec.commandLine().getOut().printf("service '%s' is running (pid %d); its URL is in the Application event log"
                + " (source %s) and in %%ProgramData%%\\hvmon\\logs\\hvmon.log%n", name, info.processId(), name);
        return 0;
    }
}

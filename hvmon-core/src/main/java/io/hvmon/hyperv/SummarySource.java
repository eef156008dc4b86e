package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.model.VmSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Where the VM list comes from: enumerating Msvm_SummaryInformation (2016 and later), or, when the host refuses that
 * as an unknown class or query (2012 R2), vmms' GetSummaryInformation. A host that needed the method is asked through
 * it directly until {@link #RECHECK} has passed, then the enumeration is tried again (an upgraded host switches back).
 */
final class SummarySource {

    static final Duration RECHECK = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(SummarySource.class.getName());

    /** @param methodUntil until when the method is used without trying the enumeration; null: enumeration works */
    record Result(List<VmSummary> vms, String what, Instant methodUntil) {
    }

    private final SummaryInformationReader enumeration = new SummaryInformationReader();
    private final SummaryInformationMethod method = new SummaryInformationMethod();

    Result read(CimSession session, Instant methodUntil, Instant now, Supplier<String> hostComputerName) throws CimException {
        if (methodUntil != null && now.isBefore(methodUntil)) {
            return new Result(method.read(session, required(hostComputerName.get(), null)), SummaryInformationMethod.WHAT,
                    methodUntil);
        }
        try {
            return new Result(enumeration.read(session), enumeration.what(), null);
        } catch (CimException refused) {
            if (refused.kind() != CimException.Kind.INVALID_QUERY && refused.kind() != CimException.Kind.NOT_FOUND) {
                throw refused;
            }
            String host = required(hostComputerName.get(), refused);
            List<VmSummary> vms;
            try {
                vms = method.read(session, host);
            } catch (CimException e) {
                if (e.getMessage().equals(refused.getMessage())) {
                    throw refused; // the same cause twice (e.g. no Hyper-V namespace at all): say it once
                }
                throw new CimException(e.kind(), "Msvm_SummaryInformation cannot be enumerated (" + refused.getMessage()
                        + ") and " + e.getMessage(), e);
            }
            if (methodUntil == null) {
                LOG.info(() -> host + ": Msvm_SummaryInformation cannot be enumerated (" + refused.getMessage()
                        + "); reading VMs through " + SummaryInformationMethod.WHAT + " (Server 2012 R2)");
            }
            return new Result(vms, SummaryInformationMethod.WHAT, now.plus(RECHECK));
        }
    }

    private static String required(String host, CimException refused) throws CimException {
        if (host != null && !host.isBlank()) {
            return host;
        }
        String why = refused == null ? "" : "Msvm_SummaryInformation cannot be enumerated (" + refused.getMessage() + ") and ";
        throw new CimException(refused == null ? CimException.Kind.NOT_FOUND : refused.kind(), why
                + SummaryInformationMethod.WHAT + " needs the host's computer name, which could not be read");
    }
}

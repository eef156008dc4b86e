package io.hvmon.wsman.soap;

import java.util.List;

/**
 * wsmid:IdentifyResponse (wsman.md §6), e.g. Microsoft Corporation / {@code OS: 6.1.7601 SP: 1.0 Stack: 2.0}.
 *
 * @param securityProfiles wsmid:SecurityProfileName values (sent to authenticated clients), possibly empty
 */
public record IdentifyResponse(String protocolVersion, String productVendor, String productVersion,
                               List<String> securityProfiles) implements ResponseBody {

    public IdentifyResponse {
        securityProfiles = securityProfiles == null ? List.of() : List.copyOf(securityProfiles);
    }
}

package io.hvmon.model;

import java.util.List;

/**
 * What the guest publishes about itself through the KVP exchange (Msvm_KvpExchangeComponent
 * GuestIntrinsicExchangeItems). A field is null when the guest does not publish that key: nothing is invented.
 *
 * @param fqdn                       FullyQualifiedDomainName
 * @param osName                     OSName (e.g. "Windows Server 2022 Datacenter")
 * @param osVersion                  OSVersion ("major.minor.build")
 * @param ipv4Addresses              NetworkAddressIPv4 split at ';'
 * @param ipv6Addresses              NetworkAddressIPv6 split at ';'
 * @param integrationServicesVersion IntegrationServicesVersion (e.g. "10.0.20348")
 */
public record GuestInfo(String fqdn, String osName, String osVersion, List<String> ipv4Addresses,
                        List<String> ipv6Addresses, String integrationServicesVersion) {

    public GuestInfo {
        ipv4Addresses = ipv4Addresses == null ? null : List.copyOf(ipv4Addresses);
        ipv6Addresses = ipv6Addresses == null ? null : List.copyOf(ipv6Addresses);
    }
}

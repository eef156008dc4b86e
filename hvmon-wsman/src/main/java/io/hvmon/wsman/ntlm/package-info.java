/**
 * NTLMv2 (MS-NLMP) for WinRM over HTTP, both sides: {@link io.hvmon.wsman.ntlm.NtlmClient} and
 * {@link io.hvmon.wsman.ntlm.NtlmServer} run the three-message handshake and leave an
 * {@link io.hvmon.wsman.ntlm.NtlmSession} that seals and unseals messages (RC4 + HMAC-MD5, extended session
 * security, key exchange). Only NTLMv2 is accepted. Checked against every value of MS-NLMP 4.2.4.
 */
package io.hvmon.wsman.ntlm;

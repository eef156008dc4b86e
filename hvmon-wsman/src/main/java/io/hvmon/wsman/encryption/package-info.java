/**
 * WinRM message encryption over HTTP (MS-WSMV 2.2.9.1): {@link io.hvmon.wsman.encryption.EncryptedBody} turns a
 * SOAP body into the {@code multipart/encrypted} body Windows and pywinrm exchange, and back.
 */
package io.hvmon.wsman.encryption;

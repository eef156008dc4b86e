/**
 * Kerberos for WinRM with the JDK's own JGSS, no native libraries: logging on (password, keytab or ticket cache,
 * {@link io.hvmon.wsman.kerberos.KerberosLogin}), the SPNEGO/Kerberos exchange in the {@code Negotiate} header
 * with mutual authentication ({@link io.hvmon.wsman.kerberos.KerberosInitiator}, and
 * {@link io.hvmon.wsman.kerberos.KerberosAcceptor} for the simulator), WinRM message encryption with the session
 * key in Windows' framing ({@link io.hvmon.wsman.kerberos.GssSealing}), and failures in plain words
 * ({@link io.hvmon.wsman.kerberos.KerberosProblems}).
 */
package io.hvmon.wsman.kerberos;

package io.hvmon.simulator.wsman;

/**
 * WinRM's CbtHardeningLevel: how an https endpoint treats the TLS channel binding in a logon. Over http there is no
 * channel to bind to, and nothing is checked.
 */
public enum CbtHardening {
    /** Not checked. */
    NONE,
    /** Windows' default: a binding that is sent must be this channel's; a logon without one is accepted. */
    RELAXED,
    /** Every logon must carry this channel's binding. */
    STRICT
}

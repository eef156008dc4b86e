package io.hvmon.model;

import io.hvmon.cim.CimException;

/**
 * One query of a collection cycle that failed, so a partial snapshot can say what it is missing.
 *
 * @param what    what was being read, e.g. {@code Msvm_ComputerSystem (host)}
 * @param kind    the kind of failure
 * @param message the failure in plain words
 */
public record QueryFailure(String what, CimException.Kind kind, String message) {
}

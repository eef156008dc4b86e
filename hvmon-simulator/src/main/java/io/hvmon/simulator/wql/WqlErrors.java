package io.hvmon.simulator.wql;

import io.hvmon.cim.CimException;

/** Builds the refusals, all worded like Windows' "cannot process filter" with what and where. */
final class WqlErrors {

    static final String PREFIX = "cannot process filter: ";

    private WqlErrors() {
    }

    static CimException at(Token token, String problem) {
        return at(token.position(), problem);
    }

    static CimException at(int position, String problem) {
        return new CimException(CimException.Kind.INVALID_QUERY, PREFIX + problem + " at position " + position);
    }

    static CimException general(String problem) {
        return new CimException(CimException.Kind.INVALID_QUERY, PREFIX + problem);
    }
}

package io.hvmon.wsman.soap;

import java.util.List;

/**
 * Server side: how many rendered items go into the next EnumerateResponse or PullResponse, so the envelope stays
 * within the client's MaxEnvelopeSize as Windows keeps it (wsman.md §3.2, §3.4).
 */
public final class BatchSizer {

    /** Below this MaxEnvelopeSize a server MUST fault with EncodingLimit (MS-WSMV 3.1.4.1.7). */
    public static final int MIN_ENVELOPE_SIZE = 8192;
    private static final String LONGEST_CONTEXT = MessageIds.next();

    private BatchSizer() {
    }

    /**
     * The number of leading {@code pending} items that fit, at least 1 when any are pending.
     *
     * @param maxElements     the request's MaxElements (1 when absent, as Windows does for Pull)
     * @param maxEnvelopeSize the request's MaxEnvelopeSize in bytes
     * @param relatesTo       the request's MessageID, whose length is part of the envelope
     * @throws WsManFaultException EncodingLimit when MaxEnvelopeSize is below 8192 or even the first item does not fit
     */
    public static int fit(List<RenderedItem> pending, int maxElements, int maxEnvelopeSize, String relatesTo,
                          String machine) throws WsManFaultException {
        if (maxEnvelopeSize < MIN_ENVELOPE_SIZE) {
            throw new WsManFaultException(WsManFaults.envelopeSizeTooSmall(machine), relatesTo);
        }
        long used = overhead(relatesTo);
        int limit = Math.min(Math.max(maxElements, 1), pending.size());
        int count = 0;
        while (count < limit && used + pending.get(count).byteLength() <= maxEnvelopeSize) {
            used += pending.get(count).byteLength();
            count++;
        }
        if (count == 0 && !pending.isEmpty()) {
            throw new WsManFaultException(WsManFaults.responseTooLarge(machine), relatesTo);
        }
        return count;
    }

    /** The bytes of the largest empty response envelope (either kind, with a context and EndOfSequence). */
    static long overhead(String relatesTo) {
        List<RenderedItem> none = List.of();
        int enumerate = ResponseWriter.enumerateResponse(relatesTo, LONGEST_CONTEXT, none, true).length
                + LONGEST_CONTEXT.length();
        int pull = ResponseWriter.pullResponse(relatesTo, LONGEST_CONTEXT, none, false).length
                + "<n:EndOfSequence/>".length();
        return Math.max(enumerate, pull);
    }
}

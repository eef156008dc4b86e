package io.hvmon.wsman.soap;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimReference;
import java.util.List;

/**
 * One EnumerateResponse or PullResponse.
 *
 * @param context       the enumeration context to Pull with, or null when the server sent none or an empty one
 * @param items         the instances of this batch (none for a non-optimized EnumerateResponse)
 * @param references    the EPRs of an EnumerateEPR / EnumerateObjectAndEPR enumeration, else empty
 * @param endOfSequence whether the server said this was the last batch (w: or n: EndOfSequence)
 */
public record EnumerationPage(String context, List<CimInstance> items, List<CimReference> references,
                              boolean endOfSequence) implements ResponseBody {

    public EnumerationPage {
        context = context == null || context.isBlank() ? null : context;
        items = List.copyOf(items);
        references = List.copyOf(references);
    }

    /** Whether the client must Pull again: no EndOfSequence and a context to pull with. */
    public boolean hasMore() {
        return !endOfSequence && context != null;
    }
}

package io.hvmon.wsman.soap;

import io.hvmon.cim.CimInstance;
import java.util.Objects;

/** What a WS-Man response carries, by kind. */
public sealed interface ResponseBody permits EnumerationPage, IdentifyResponse, WsManFault, ResponseBody.Instance,
        ResponseBody.MethodOutput, ResponseBody.Released {

    /** A GetResponse: the one instance. */
    record Instance(CimInstance instance) implements ResponseBody {
        public Instance {
            Objects.requireNonNull(instance, "instance");
        }
    }

    /** An Invoke response: the output parameters (ReturnValue among them) as class {@code __PARAMETERS}. */
    record MethodOutput(String method, CimInstance output) implements ResponseBody {
        public MethodOutput {
            Objects.requireNonNull(output, "output");
        }
    }

    /** A ReleaseResponse (empty body). */
    record Released() implements ResponseBody {
    }
}

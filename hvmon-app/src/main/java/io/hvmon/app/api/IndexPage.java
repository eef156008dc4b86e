package io.hvmon.app.api;

/** The page at {@code /}: what this server offers, with links. The full dashboard is a later addition. */
final class IndexPage {

    private IndexPage() {
    }

    static String html() {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>hvmon</title>
                <style>body{font:15px system-ui,sans-serif;margin:2em;max-width:50em}code{background:#eee;padding:0 .2em}</style>
                </head><body>
                <h1>hvmon</h1>
                <p>Hyper-V monitoring API. Add <code>?values=compat|friendly|numeric</code> to the JSON endpoints.</p>
                <ul>
                <li><a href="/hvm/replicas">/hvm/replicas</a> &mdash; VMs taking part in Hyper-V Replica (original tool's 23 keys)</li>
                <li><a href="/hvm/vms">/hvm/vms</a> &mdash; every VM; <code>/hvm/vms/{id}</code> one VM</li>
                <li><a href="/hvm/host">/hvm/host</a>, <a href="/hvm/hosts">/hvm/hosts</a> &mdash; hosts and collection status</li>
                <li><a href="/hvm/events">/hvm/events</a> &mdash; change events as they happen (server-sent events);
                <a href="/hvm/events?format=json">?format=json</a> the recent ones</li>
                <li><a href="/hvm/notify">/hvm/notify</a> &mdash; how webhook deliveries go</li>
                <li><a href="/metrics">/metrics</a> &mdash; the same data for Prometheus (text format, or OpenMetrics when asked)</li>
                <li><a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a> &mdash; liveness and readiness</li>
                </ul>
                </body></html>
                """;
    }
}

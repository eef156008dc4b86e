"""Summarizes a run.sh result folder: per case, the median over runs of each run's median, with the spread
(min-max of the per-run medians) across runs; then the collector load runs."""
import glob
import json
import os
import statistics
import sys

out = sys.argv[1]
runs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(out, "enumeration-*.json")))]


def spread(values, fmt):
    return (fmt % statistics.median(values)) + " (" + (fmt % min(values)) + "-" + (fmt % max(values)) + ")"



def enumeration(runs, title):
    vms = runs[0]["vms"]
    others = [r.get("_other") for r in runs if r.get("_other")]
    print("Enumeration of Msvm_SummaryInformation, %d VMs, NTLM + message encryption, MaxElements %d, "
          "MaxEnvelopeSize %d, endpoint %s; %d runs: median over runs (min-max of the run medians)"
          % (vms, runs[0]["max_elements"], runs[0]["max_envelope_size"], title, len(runs)))
    print("%-8s %-58s %-22s %-22s %-20s %-18s %-18s %-18s" % ("side", "query", "median ms", "min ms",
                                                              "client CPU us/VM", "alloc KB/VM", "JVM rest us/VM",
                                                              "endpoint us/VM"))
    keys = [(c["side"], c["query"]) for c in runs[0]["cases"]]
    per = {}
    for side, query in keys:
        cases = [next(c for c in r["cases"] if c["side"] == side and c["query"] == query) for r in runs]
        med = [statistics.median(c["wall_ns"]) / 1e6 for c in cases]
        mn = [min(c["wall_ns"]) / 1e6 for c in cases]
        cpu = [statistics.median(c["cpu_ns"]) / vms / 1e3 for c in cases]
        rest = [statistics.median(c["jvm_rest_cpu_ns"]) / vms / 1e3 for c in cases]
        alloc = spread([statistics.median(c["alloc_bytes"]) / vms / 1024 for c in cases], "%.1f") \
            if "alloc_bytes" in cases[0] else "-"
        endpoint = spread([statistics.median(c["endpoint_cpu_ns"]) / vms / 1e3 for c in cases], "%.1f") \
            if "endpoint_cpu_ns" in cases[0] else "(in JVM rest)"
        per[(side, query)] = (med, mn, cpu)
        print("%-8s %-58s %-22s %-22s %-20s %-18s %-18s %-18s" % (side, query, spread(med, "%.1f"),
                                                                  spread(mn, "%.1f"), spread(cpu, "%.1f"), alloc,
                                                                  spread(rest, "%.1f"), endpoint))
    if others:
        print("other processes on the machine during each run: " + ", ".join(o + "%" for o in others)
              + " of one core")
    print()
    for query in ("SELECT *", "projection"):
        if ("hvmon", query) in per and ("pywinrm", query) in per:
            o, p = per[("hvmon", query)], per[("pywinrm", query)]
            print("ratio pywinrm/hvmon %-10s wall median %s, wall min %s, client CPU %s   (target >= 5x)" % (
                query + ":", spread([b / a for a, b in zip(o[0], p[0])], "%.2fx"),
                spread([b / a for a, b in zip(o[1], p[1])], "%.2fx"),
                spread([b / a for a, b in zip(o[2], p[2])], "%.2fx")))
    print()


for f, r in zip(sorted(glob.glob(os.path.join(out, "enumeration-*.json"))), runs):
    txt = f[:-5] + ".txt"
    if os.path.exists(txt):
        for line in open(txt):
            if line.startswith("other processes"):
                r["_other"] = line.split(":")[1].split("%")[0].strip()
for mode, title in (("process", "in its own JVM"), ("jvm", "in the client's JVM")):
    subset = [r for r in runs if r.get("endpoint", "jvm") == mode]
    if subset:
        enumeration(subset, title)

load = os.path.join(out, "load.txt")
if os.path.exists(load):
    rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(load) if line.strip()]
    print()
    print("Collector load, %s hosts, %d runs: median (min-max)" % (rows[0]["hosts"], len(rows)))

    def col(key, scale=1.0, fmt="%.1f"):
        return spread([float(r[key]) * scale for r in rows], fmt)

    print("  collector CPU share    %s %% of one core" % col("collector_cpu_pct", fmt="%.2f"))
    print("  collector RSS at end   %s MiB (peak %s MiB)" % (col("collector_rss_end_kb", 1 / 1024, "%.0f"),
                                                             col("collector_rss_peak_kb", 1 / 1024, "%.0f")))
    print("  simulator CPU share    %s %% of one core" % col("sim_cpu_pct", fmt="%.2f"))
    print("  simulator RSS at end   %s MiB" % col("sim_rss_end_kb", 1 / 1024, "%.0f"))
    if "others_pct" in rows[0]:
        print("  other processes        %s %% of one core (not hvmon: other work on the machine)" % col("others_pct"))
    print("  hosts ready and fresh  %s" % ", ".join("%s/%s" % (r["fresh"], r["hosts"]) for r in rows))
    print("  poll duration p50      %s ms, max %s ms" % (col("duration_p50_ms", fmt="%.0f"),
                                                         col("duration_max_ms", fmt="%.0f")))

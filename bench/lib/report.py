#!/usr/bin/env python3
"""Prints bench/run.sh's table (Markdown) from its results.tsv.

Usage: report.py RESULTS.tsv THREADS CONNECTIONS DURATION LOADAVG
Each line of RESULTS.tsv: label, page key, title, then wrk's RESULT line (or DISPATCH for the dispatcher).
The ratio is a page's throughput over the baseline's, taking the higher of the baseline's two runs (first and last),
so that a slow spell of the machine during one of them does not flatter the portal. "load" is the machine's
1-minute load average at the end of the page's run (2 cores: above 2, something else was competing for them).
"""
import sys


def fields(text):
    return {k: float(v) for k, v in (item.split("=", 1) for item in text.split()[1:])}


def ms(us):
    return f"{us / 1000:.1f} ms" if us < 1_000_000 else f"{us / 1e6:.2f} s"


rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    label, key, title, result = line.rstrip("\n").split("\t")
    rows.append((label, key, title, fields(result)))

threads, connections, duration, load = sys.argv[2:6]
baselines = {label: f for label, key, title, f in rows if key == "baseline" and label in ("first", "last")}


def rate(key, f):
    if key == "decide" and (f.get("exhausted", 0) > 0 or f["requests"] == 0) and f.get("decided_span_us", 0) > 0:
        # the pool of pending requests ran out before the end, or no answer came back within the run: the
        # database's decision times tell the rate
        return f["decided"] / (f["decided_span_us"] / 1e6)
    return f["requests"] / (f["duration_us"] / 1e6)


ceiling = max((rate("baseline", f) for f in baselines.values()), default=0)

print(f"wrk -t{threads} -c{connections}, {duration} per page after a warm-up; load average at the end: {load}\n")
print("| page | req/s | p50 | p99 | errors | ratio | load |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, key, title, f in rows:
    if label not in ("first", "measure", "last") or key == "dispatcher":
        continue
    name = title + (f" ({label})" if key == "baseline" else "")
    errors = int(f["bad_status"] + f["socket_errors"] + f["timeouts"])
    r = rate(key, f)
    note = ""
    if key == "decide":
        note = f" ({int(f['decided'])} decided of {int(f['pool'])}" + (
            ", rate from the decisions' times" if f.get("exhausted", 0) > 0 or f["requests"] == 0 else "") + ")"
    ratio = f"{r / ceiling:.3f}" if ceiling else "-"
    print(f"| {name}{note} | {r:,.0f} | {ms(f['p50_us'])} | {ms(f['p99_us'])} | {errors} | {ratio} | {f.get('load', 0):.1f} |")

for label, key, title, f in rows:
    if key == "dispatcher":
        batch = f["first_batch"]
        span = f["span_s"]
        per_second = (f["sent"] - batch) / span if span > 0 else 0
        print(f"\nDispatcher: {int(f['sent'])} of {int(f['queued'])} queued emails sent, "
              f"{int(f['received'])} received by the SMTP catcher; {per_second:,.0f} emails/s "
              f"(first to last sent_at: {span:.1f} s)")

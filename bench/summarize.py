#!/usr/bin/env python3
"""Turns the JSON files scripts/bench collected into one table (stdout) and
bench/results.json. Each figure is the median over the runs; the table shows
it beside its target (issue 7) and the floor it is measured against."""
import argparse
import datetime
import glob
import json
import os
import platform
import statistics
import subprocess


def runs(results, prefix):
    files = sorted(glob.glob(os.path.join(results, prefix + "*.json")))
    return [json.load(open(f)) for f in files]


def median(items, key):
    values = [i[key] for i in items if key in i and i[key] is not None]
    return statistics.median(values) if values else None


def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cpus": os.cpu_count(), "memory": mem,
            "kernel": platform.release(), "load_average": list(os.getloadavg())}


def commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--results", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--quick", type=int, default=0)
    p.add_argument("--chats", type=int)
    p.add_argument("--messages", type=int)
    p.add_argument("--sockets", type=int)
    a = p.parse_args()
    r = a.results

    empty = runs(r, "client_empty_")
    label = runs(r, "client_label_")
    small = runs(r, "client_small_")
    listed = runs(r, "client_list_")
    models = runs(r, "models_")
    raw = runs(r, "reads_raw_")
    batond = runs(r, "reads_batond_")
    stream = (runs(r, "stream") or [{}])[0]
    sqlite = (runs(r, "inbound_sqlite") or [{}])[0]
    pg = (runs(r, "inbound_pg") or [{}])[0]

    empty_paint = median(empty, "first_paint_ms")
    empty_rss = median(empty, "rss_mib")
    raw_reads = median(raw, "per_second")
    rows = []

    def row(figure, value, unit, target_text, floor_text, ok, cpu=None):
        rows.append({"figure": figure, "value": value, "cpu": cpu, "unit": unit,
                     "target": target_text, "floor": floor_text,
                     "pass": None if ok is None or value is None else bool(ok)})

    def le(value, limit):
        return None if value is None or limit is None else value <= limit

    def ge(value, limit):
        return None if value is None or limit is None else value >= limit

    paint = median(listed, "first_paint_ms")
    empty_cpu = median(empty, "first_paint_cpu_ms")
    row("first painted chat list", paint, "ms", "<= 1.5x empty window",
        f"empty QMainWindow {empty_paint:.1f} ms" + (f" ({empty_cpu:.0f})" if empty_cpu else "")
        if empty_paint else "-",
        le(paint, 1.5 * empty_paint if empty_paint else None),
        median(listed, "first_paint_cpu_ms"))
    # The least any window that shows text pays: beside the empty window it
    # shows what 1.5x of an empty window leaves for a window with text.
    v = median(label, "first_paint_ms")
    row("floor: window with one line of text (QLabel)", v, "ms", "(no target)",
        f"{v / empty_paint:.1f}x the empty window" if v and empty_paint else "-", None,
        median(label, "first_paint_cpu_ms"))
    # The same console on a cache of 100 chats (one first screen): what the
    # 100k chats add.
    v = median(small, "first_paint_ms")
    row("same window, cache of 100 chats", v, "ms", "(no target)",
        f"{paint / v:.2f}x of it at {a.chats or 0:,} chats" if v and paint else "-", None,
        median(small, "first_paint_cpu_ms"))
    # The rest of the cache arrives after the first paint (ChatLoader): the
    # time until every chat is in the model, and the longest the GUI thread
    # was busy in one turn meanwhile.
    v = median(listed, "whole_load_ms")
    row("whole cache loaded (all chats in the model)", v, "ms", "(no target)", "-", None,
        median(listed, "whole_load_cpu_ms"))
    v = median(listed, "whole_load_stall_ms")
    row("longest GUI stall while the cache loads", v, "ms", "<= 16 ms", "-", le(v, 16),
        median(listed, "whole_load_stall_cpu_ms"))
    rss = median(listed, "rss_mib")
    row("RSS with the whole cache loaded", rss, "MiB", "<= empty + 80 MiB",
        f"empty QMainWindow {empty_rss:.1f} MiB" if empty_rss else "-",
        le(rss, empty_rss + 80 if empty_rss else None))
    for key, name, limit in [("filter_switch_median_ms", "filter switch, median", 8),
                             ("filter_switch_max_ms", "filter switch, max", 16),
                             ("search_key_median_ms", "search keystroke, median", 8),
                             ("search_key_max_ms", "search keystroke, max", 16)]:
        v = median(models, key)
        row(name, v, "ms", f"<= {limit} ms", "-", le(v, limit),
            median(models, key.replace("_ms", "_cpu_ms")))
    v = median(models, "events_per_second")
    row("events applied per second", v, "/s", ">= 50,000", "-", ge(v, 50000),
        median(models, "events_per_cpu_second"))
    v = median(models, "longest_turn_ms")
    row("longest stall while applying (turn of 200)", v, "ms", "<= 16 ms", "-", le(v, 16),
        median(models, "longest_turn_cpu_ms"))
    v = median(listed, "open_10k_chat_ms")
    row("open a 10k-message chat (newest 50, app path)", v, "ms", "<= 50 ms", "-", le(v, 50),
        median(listed, "open_10k_chat_ms_cpu"))
    v = median(listed, "open_10k_chat_all_rows_ms")
    row("same chat, all 10,000 rows in the view", v, "ms", "(no target)", "-", None,
        median(listed, "open_10k_chat_all_rows_ms_cpu"))
    v = median(listed, "row_change_10k_rows_ms")
    row("one row edited, all 10,000 rows in the view", v, "ms", "(no target)", "-", None,
        median(listed, "row_change_10k_rows_ms_cpu"))
    v = median(batond, "per_second")
    row("chat-page reads per second", v, "/s", ">= 30% of raw route",
        f"raw QHttpServer route {raw_reads:.0f}/s" if raw_reads else "-",
        ge(v, 0.3 * raw_reads if raw_reads else None))
    sockets = stream.get("sockets", a.sockets)
    complete = stream.get("missing", 1) == 0
    row(f"send to event, p50 ({sockets} sockets)", stream.get("p50_ms"), "ms", "-", "-", None)
    row(f"send to event, p99 ({sockets} sockets)", stream.get("p99_ms"), "ms", "<= 50 ms", "-",
        le(stream.get("p99_ms"), 50) if complete else False)
    row("inbound msg/s with bot replies, SQLite", sqlite.get("per_second"), "/s", ">= 2,000",
        "-", ge(sqlite.get("per_second"), 2000) if sqlite.get("failed", 1) == 0 else False)
    row("inbound msg/s with bot replies, PostgreSQL", pg.get("per_second"), "/s", "-", "-",
        None if pg.get("failed", 1) == 0 else False)

    info = machine()
    try:
        info["load_average_at_start"] = [float(x) for x in
                                         open(os.path.join(r, "load_start.txt")).read().split()]
    except (OSError, ValueError):
        pass
    print()
    def fmt(v, unit):
        return "n/a" if v is None else (f"{v:,.0f}" if unit == "/s" else f"{v:,.1f}")

    print(f"{'figure':46} {'value':>12} {'(CPU)':>9}  {'target':22} {'floor':34} result")
    for x in rows:
        cpu = "" if x["cpu"] is None else "(" + fmt(x["cpu"], x["unit"]) + ")"
        verdict = {True: "pass", False: "FAIL", None: "-"}[x["pass"]]
        print(f"{x['figure']:46} {fmt(x['value'], x['unit']):>7} {x['unit']:4} {cpu:>9}  "
              f"{x['target']:22} {x['floor']:34} {verdict}")
    print("value: wall clock, median of the runs; (CPU): the process's CPU time for the same")
    print("(the GUI stall while the cache loads: the GUI thread's CPU time in its longest turn)")
    print(f"\nload average at start {info.get('load_average_at_start')}, at end "
          f"{[round(x, 2) for x in info['load_average']]}, {info['cpus']} CPUs"
          + (" -- QUICK run, not comparable with the targets" if a.quick else ""))

    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "commit": commit(),
        "quick": bool(a.quick),
        "data": {"chats": a.chats, "messages": a.messages, "sockets": a.sockets},
        "machine": info,
        "figures": rows,
        "raw": {"client_empty": empty, "client_label": label, "client_small": small, "client_list": listed, "models": models,
                "reads_raw": raw, "reads_batond": batond, "stream": stream,
                "inbound_sqlite": sqlite, "inbound_pg": pg},
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()

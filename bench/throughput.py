#!/usr/bin/env python3
"""Measures requests per second and latency of weeks 1 and 2 against FastAPI and nginx, with wrk.

Every server runs at once and the wrk runs are interleaved (each endpoint on each server, then
the next round), so that a change in the machine's load hits every server alike. Prints one
table per endpoint with the median of the rounds, and the ratio to FastAPI and to nginx.

    bench/throughput.py                  # 3 rounds of 10 s, as recorded in docs/benchmarks.md
    bench/throughput.py --rounds 1 --duration 3    # a quick look
"""

import argparse
import re
import subprocess
import time

import benchlib as lib

WRK_THREADS = 2
WRK_CONNECTIONS = 64
POST_SCRIPT = lib.BENCH_DIR / "wrk" / "post_item.lua"

ENDPOINTS = [
    # (label, week, path, wrk script or None). Week 2's GET / is week 1's code again, so it is left out.
    ("GET /", "week1", "/", None),
    ("GET /items/5", "week1", "/items/5", None),
    ("GET /items/5", "week2", "/items/5", None),
    ("POST /items", "week2", "/items", POST_SCRIPT),
]

# nginx returns the same constant for every path, so it runs once for GET and once for a POST with a body.
CEILING_RUNS = [("GET /", "/", None), ("POST /items", "/items", POST_SCRIPT)]


def create_servers(classpaths, jvm_options):
    return {
        "week1": [
            lib.java_server("java-week1", classpaths["week1-hello-api"], "dev.backendcourse.week1.HelloApi", 8081,
                            jvm_options),
            # What the README's run command gets with .mvn/jvm.config: the JIT's first tier only.
            lib.java_server("java-week1-C1-only", classpaths["week1-hello-api"], "dev.backendcourse.week1.HelloApi",
                            8080, [*jvm_options, "-XX:TieredStopAtLevel=1"]),
            lib.uvicorn_server("fastapi-week1-1-worker", "week1", 8083, workers=1),
            lib.uvicorn_server("fastapi-week1-2-workers", "week1", 8084, workers=2),
        ],
        "week2": [
            lib.java_server("java-week2", classpaths["week2-validation"], "dev.backendcourse.week2.ValidationApi",
                            8082, jvm_options),
            lib.uvicorn_server("fastapi-week2-1-worker", "week2", 8085, workers=1),
            lib.uvicorn_server("fastapi-week2-2-workers", "week2", 8086, workers=2),
        ],
        "ceiling": [lib.nginx_server("nginx-constant-200", 8087)],
    }


def to_milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url, duration_seconds, script=None):
    command = ["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", f"-d{duration_seconds}s", "--latency"]
    if script is not None:
        command += ["-s", str(script)]
    load_before = lib.load_average()
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.+)", output)
    return {
        "url": url,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": to_milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1)),
        "p99_ms": to_milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
        "load_before": load_before,
        "load_after": lib.load_average(),
        "output": output,
    }


def plan(servers):
    """Lists (endpoint label, week, server, path, script) in the order of one round."""
    runs = []
    for label, week, path, script in ENDPOINTS:
        for server in servers[week]:
            runs.append((label, week, server, path, script))
    for label, path, script in CEILING_RUNS:
        runs.append((label, "ceiling", servers["ceiling"][0], path, script))
    return runs


def summarise(results):
    """Builds one row per (week, endpoint, server) with medians and the ratios to FastAPI and nginx."""
    by_key = {}
    for result in results:
        by_key.setdefault((result["week"], result["endpoint"], result["server"]), []).append(result)

    def median_rps(week, endpoint, server):
        return lib.median([r["requests_per_second"] for r in by_key.get((week, endpoint, server), [])])

    rows = []
    for (week, endpoint, server), runs in by_key.items():
        rps = lib.median([r["requests_per_second"] for r in runs])
        ceiling_endpoint = "POST /items" if endpoint.startswith("POST") else "GET /"
        nginx = median_rps("ceiling", ceiling_endpoint, "nginx-constant-200")
        if week == "ceiling":
            versus_fastapi = ["", ""]
        else:
            versus_fastapi = [f"{rps / median_rps(week, endpoint, f'fastapi-{week}-1-worker'):.1f}x",
                              f"{rps / median_rps(week, endpoint, f'fastapi-{week}-2-workers'):.1f}x"]
        rows.append([
            week, endpoint, server,
            f"{rps:,.0f}",
            f"{lib.median([r['p50_ms'] for r in runs]):.2f}",
            f"{lib.median([r['p99_ms'] for r in runs]):.2f}",
            *versus_fastapi, f"{rps / nginx:.2f}",
            sum(r["non_2xx"] for r in runs),
            " / ".join(f"{r['requests_per_second']:,.0f}" for r in runs),
        ])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="measured runs per endpoint and server (default 3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--warmup", type=int, default=15,
                        help="seconds of wrk per endpoint and server before measuring, for the JIT (default 15)")
    parser.add_argument("--jvm-option", action="append", default=[],
                        help="an option for the Java servers' JVM, such as -XX:+UseParallelGC (repeatable)")
    parser.add_argument("--name", default="throughput", help="file name of the summary under bench/results")
    args = parser.parse_args()

    lib.require_tools("wrk", "nginx", lib.DEBIAN_PYTHON)
    machine = lib.machine_description()
    classpaths = lib.build_classpaths(["week1-hello-api", "week2-validation"])
    servers = create_servers(classpaths, args.jvm_option)
    every_server = [server for group in servers.values() for server in group]

    results = []
    try:
        for server in every_server:
            server.start()
            server.wait_until_ready()

        runs = plan(servers)
        seen = set()
        for label, week, server, path, script in runs:
            if args.warmup > 0 and (server.name, path) not in seen:
                seen.add((server.name, path))
                run_wrk(server.url + path, args.warmup, script)

        for round_number in range(1, args.rounds + 1):
            for label, week, server, path, script in runs:
                result = run_wrk(server.url + path, args.duration, script)
                result.update(week=week, endpoint=label, server=server.name, round=round_number)
                results.append(result)
                print(f"round {round_number} {week:6} {label:13} {server.name:24} "
                      f"{result['requests_per_second']:>10,.0f} req/s  p99 {result['p99_ms']:.2f} ms  "
                      f"load {result['load_before']}", flush=True)
                time.sleep(1)
    finally:
        for server in every_server:
            server.stop()

    headers = ["week", "endpoint", "server", "req/s (median)", "p50 ms", "p99 ms",
               "vs FastAPI 1 worker", "vs FastAPI 2 workers", "vs nginx", "non-2xx", "req/s of each round"]
    table = lib.markdown_table(headers, summarise(results))
    print()
    print(table)

    settings = (f"wrk {WRK_THREADS} threads, {WRK_CONNECTIONS} connections, {args.duration} s per run, "
                f"{args.rounds} interleaved rounds after {args.warmup} s of warm-up per endpoint and server. "
                f"JVM options: {' '.join(args.jvm_option) or 'none'}. Load average at the end: {lib.load_average()}.")
    raw = lib.write_raw(args.name, {"machine": machine, "settings": settings, "results": results})
    summary = lib.write_summary(args.name, "Throughput and latency, weeks 1 and 2", machine,
                                [("Settings", settings), ("Results", table)])
    print(f"\nraw results: {raw}\nsummary: {summary}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Measures the database weeks: GET /resources (50 rows) and POST /resources, with wrk, and the SQL
statements and latency of listing 50 resources (with their referrals in week 4).

Each week runs on its embedded PostgreSQL, the default a student gets, with its data in the
module's .data/ folder. The script first makes sure 50 resources exist (and two referrals for
each in week 4), then interleaves the wrk runs of both weeks. To count statements it starts a
second copy of the week that reaches the same database through pgcount.py's counting proxy.

    bench/database.py                        # the weeks 3 and 4 that this branch builds
    bench/database.py --rounds 1 --duration 3
"""

import argparse
import json
import re
import time
import urllib.request

import benchlib as lib
import pgcount
import throughput

LIST_PATH = "/resources?limit=50"
ROWS = 50
REFERRALS_PER_RESOURCE = 2
SEQUENTIAL_REQUESTS = 200

WEEKS = {
    "week3": {
        "module": "week3-sql",
        "main_class": "dev.backendcourse.week3.SqlApi",
        "port": 8088,
        "proxy_port": 8096,
        "resource": {"name": "City Food Bank", "category": "Food", "description": "Groceries on Saturdays."},
    },
    "week4": {
        "module": "week4-orm",
        "main_class": "dev.backendcourse.week4.OrmApi",
        "port": 8089,
        "proxy_port": 8097,
        "resource": {"name": "City Food Bank", "category": "Food", "address": "1 Main Street",
                     "contact_email": "help@foodbank.example"},
    },
}

# Commands that are not queries of the data: transactions, settings, and the driver's empty validity check.
TRANSACTION_CONTROL = re.compile(r"^(BEGIN|COMMIT|ROLLBACK|SET|SHOW|SAVEPOINT|RELEASE)\b", re.IGNORECASE)


def request_json(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def seed(week, server):
    """Creates resources until the first page of 50 is full, and in week 4 two referrals for each of them."""
    page = request_json("GET", server.url + LIST_PATH)
    for _ in range(ROWS - len(page)):
        request_json("POST", server.url + "/resources", WEEKS[week]["resource"])
    if week != "week4":
        return
    for resource in request_json("GET", server.url + LIST_PATH):
        for number in range(len(resource.get("referrals", [])), REFERRALS_PER_RESOURCE):
            request_json("POST", server.url + "/referrals", {
                "family_name": f"Family {resource['id']}-{number}", "resource_id": resource["id"],
                "referral_date": "2026-04-01", "notes": "Sent by the benchmark."})


def post_script(week):
    """Writes a wrk script that posts this week's resource body."""
    path = lib.RAW_DIR / f"post-resource-{week}.lua"
    body = json.dumps(WEEKS[week]["resource"]).replace("'", "\\'")
    path.write_text(f'wrk.method = "POST"\nwrk.body = \'{body}\'\nwrk.headers["Content-Type"] = "application/json"\n')
    return path


def postgres_port(module):
    """Reads the embedded server's port from its postmaster.pid (line 4) under the module's .data/ folder."""
    pid_files = list((lib.REPO_ROOT / module / ".data").rglob("postmaster.pid"))
    if not pid_files:
        raise RuntimeError(f"no postmaster.pid under {module}/.data: is the embedded PostgreSQL running?")
    return int(pid_files[0].read_text().splitlines()[3])


def count_statements(week, classpath):
    """Counts the SQL of one GET /resources?limit=50; returns (queries, other commands, every text).

    A second copy of the week, on its own HTTP port, reaches the same embedded PostgreSQL through
    the counting proxy, so the copy under load stays untouched.
    """
    settings = WEEKS[week]
    counter = pgcount.StatementCounter(settings["proxy_port"], "localhost", postgres_port(settings["module"]))
    copy = lib.java_server(f"java-{week}-counted", classpath, settings["main_class"], settings["port"] + 2,
                           env={"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{settings['proxy_port']}/postgres"},
                           module_dir=lib.REPO_ROOT / settings["module"], ready_path=LIST_PATH)
    try:
        with copy:
            # The first listing also loads what the application caches; the second is the one a user repeats.
            request_json("GET", copy.url + LIST_PATH)
            time.sleep(0.5)
            counter.reset()
            request_json("GET", copy.url + LIST_PATH)
            time.sleep(0.5)
            texts = counter.statements()
    finally:
        counter.close()

    queries = [text for text in texts if text.strip() and not TRANSACTION_CONTROL.match(text.strip())]
    return len(queries), len(texts) - len(queries), texts


def sequential_latency(server):
    """Times SEQUENTIAL_REQUESTS listings one after another, one connection each, and returns the median in ms."""
    times = []
    for _ in range(SEQUENTIAL_REQUESTS):
        started = time.perf_counter()
        urllib.request.urlopen(server.url + LIST_PATH, timeout=30).read()
        times.append((time.perf_counter() - started) * 1000)
    return lib.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="measured wrk runs per endpoint and week (default 3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--warmup", type=int, default=15, help="seconds of wrk per endpoint before measuring")
    args = parser.parse_args()

    lib.require_tools("wrk")
    modules_built = lib.week_modules()
    weeks = [week for week, settings in WEEKS.items() if settings["module"] in modules_built]
    missing = [week for week in WEEKS if week not in weeks]
    if not weeks:
        raise SystemExit(f"none of {', '.join(WEEKS)} is a module of this branch yet; nothing to measure")

    machine = lib.machine_description()
    classpaths = lib.build_classpaths([WEEKS[week]["module"] for week in weeks])
    servers = {}
    for week in weeks:
        settings = WEEKS[week]
        servers[week] = lib.java_server(
            f"java-{week}", classpaths[settings["module"]], settings["main_class"], settings["port"],
            module_dir=lib.REPO_ROOT / settings["module"], ready_path=LIST_PATH)

    results, statements, latencies = [], {}, {}
    try:
        for week, server in servers.items():
            server.start()
            server.wait_until_ready(timeout_seconds=300)
            seed(week, server)

        runs = [(week, "GET /resources (50 rows)", LIST_PATH, None) for week in weeks]
        runs += [(week, "POST /resources", "/resources", post_script(week)) for week in weeks]
        for week, label, path, script in runs:
            throughput.run_wrk(servers[week].url + path, args.warmup, script)

        for week, server in servers.items():
            statements[week] = count_statements(week, classpaths[WEEKS[week]["module"]])
            latencies[week] = sequential_latency(server)

        for round_number in range(1, args.rounds + 1):
            for week, label, path, script in runs:
                result = throughput.run_wrk(servers[week].url + path, args.duration, script)
                result.update(week=week, endpoint=label, round=round_number)
                results.append(result)
                print(f"round {round_number} {week} {label:26} {result['requests_per_second']:>9,.0f} req/s  "
                      f"p99 {result['p99_ms']:.2f} ms  load {result['load_before']}", flush=True)
    finally:
        for server in servers.values():
            server.stop()

    rows = []
    for week, label, path, script in runs:
        mine = [r for r in results if r["week"] == week and r["endpoint"] == label]
        rows.append([week, label, f"{lib.median([r['requests_per_second'] for r in mine]):,.0f}",
                     f"{lib.median([r['p50_ms'] for r in mine]):.2f}", f"{lib.median([r['p99_ms'] for r in mine]):.2f}",
                     sum(r["non_2xx"] for r in mine), " / ".join(f"{r['requests_per_second']:,.0f}" for r in mine)])
    for week in missing:
        rows.append([week, "GET and POST /resources", "not measured yet", "", "", "",
                     f"{WEEKS[week]['module']} is not a module of this branch"])
    load_table = lib.markdown_table(
        ["week", "endpoint", "req/s (median)", "p50 ms", "p99 ms", "non-2xx", "req/s of each round"], rows)

    statement_rows = [[week, statements[week][0], statements[week][1], f"{latencies[week]:.2f}",
                       "<br>".join(text[:100] or "(empty: the driver's validity check)" for text in statements[week][2])]
                      for week in weeks]
    statement_table = lib.markdown_table(
        ["week", "SQL queries", "transaction commands", f"median latency of {SEQUENTIAL_REQUESTS} sequential "
         "requests, ms", "statements sent, in order (first 100 characters)"], statement_rows)

    print()
    print(load_table)
    print()
    print(statement_table)

    settings = (f"Embedded PostgreSQL (data in each module's .data/), {ROWS} resources"
                f"{f' with {REFERRALS_PER_RESOURCE} referrals each in week 4' if 'week4' in weeks else ''}. "
                f"wrk {throughput.WRK_THREADS} threads, {throughput.WRK_CONNECTIONS} connections, {args.duration} s, "
                f"{args.rounds} interleaved rounds after {args.warmup} s of warm-up. "
                f"Load average at the end: {lib.load_average()}.")
    raw = lib.write_raw("database", {"machine": machine, "settings": settings, "results": results,
                                     "statements": statements, "latency_ms": latencies})
    summary = lib.write_summary("database", "Database weeks: resources through JDBC and Hibernate", machine,
                                [("Settings", settings), ("Throughput and latency under load", load_table),
                                 ("SQL statements of one GET /resources?limit=50", statement_table)])
    print(f"\nraw results: {raw}\nsummary: {summary}")


if __name__ == "__main__":
    main()

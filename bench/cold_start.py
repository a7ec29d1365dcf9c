#!/usr/bin/env python3
"""Measures cold start: the seconds from launching a process to its first 200 on GET /.

The database weeks have no GET /, so for them the first 200 on GET /resources counts, which also
proves that the embedded PostgreSQL is up and migrated.

For one week it times the application's own JVM (java on the packaged class path) under several
standard start-up settings, the README's run command (which starts Maven first), and for week 1
the FastAPI original under uvicorn. The runs are interleaved (each variant once, then again),
and the table gives the median of --runs starts.

    bench/cold_start.py                       # week 1, 7 starts of each variant
    bench/cold_start.py --week week3 --runs 5
"""

import argparse
import os
import urllib.request
from pathlib import Path

import benchlib as lib

JDK25_JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
PORT = 8090

WEEKS = {
    # week: (module, main class, FastAPI app to compare with, the path whose first 200 ends the timing)
    "week1": ("week1-hello-api", "dev.backendcourse.week1.HelloApi", "week1", "/"),
    "week2": ("week2-validation", "dev.backendcourse.week2.ValidationApi", "week2", "/"),
    # The database weeks are compared with FastAPI's week 1, the app a student starts most often.
    "week3": ("week3-sql", "dev.backendcourse.week3.SqlApi", "week1", "/resources"),
    "week4": ("week4-orm", "dev.backendcourse.week4.OrmApi", "week1", "/resources"),
}

# Requests sent while an archive is recorded, so it contains the classes that serving them loads too.
TRAINING_PATHS = ["/", "/items/5", "/resources", "/openapi.json"]

C1_ONLY = "-XX:TieredStopAtLevel=1"
SERIAL_GC = "-XX:+UseSerialGC"


def train(name, java, classpath, main_class, record_options, archive, module_dir, ready_path):
    """Starts the application once with record_options, sends it requests and stops it, leaving the archive."""
    if archive.exists():
        archive.unlink()
    server = lib.java_server(f"train-{name}", classpath, main_class, PORT, record_options, java=java,
                             module_dir=module_dir, ready_path=ready_path)
    server.start()
    server.wait_until_ready()
    for path in TRAINING_PATHS:
        try:
            urllib.request.urlopen(server.url + path, timeout=10).read()
        except OSError:
            pass  # a week without this route returns 404, which is fine for training
    server.stop()
    if not archive.exists():
        raise SystemExit(f"recording {archive} failed; see {server.log_path}")


def java_variants(week, classpath, main_class, module_dir, ready_path):
    """Returns (name, server factory) for each JVM setting, recording the archives they need first."""
    archives = lib.RAW_DIR / "archives"
    archives.mkdir(parents=True, exist_ok=True)
    cds_archive = archives / f"{week}-jdk17.jsa"
    aot_cache = archives / f"{week}-jdk25.aot"

    settings = [
        ("JDK 17, defaults (the JDK's own CDS archive)", "java", []),
        ("JDK 17, -Xshare:off (no class-data sharing)", "java", ["-Xshare:off"]),
        (f"JDK 17, {C1_ONLY}", "java", [C1_ONLY]),
        ("JDK 17, AppCDS archive", "java", [f"-XX:SharedArchiveFile={cds_archive}"]),
        (f"JDK 17, AppCDS + {C1_ONLY}", "java", [f"-XX:SharedArchiveFile={cds_archive}", C1_ONLY]),
        (f"JDK 17, AppCDS + {C1_ONLY} + {SERIAL_GC}", "java",
         [f"-XX:SharedArchiveFile={cds_archive}", C1_ONLY, SERIAL_GC]),
    ]
    if week != "week1":
        # The database weeks take several seconds per start, so they get the defaults and the best of week 1.
        settings = [settings[0], settings[2], settings[4]]
    train(f"{week}-cds", "java", classpath, main_class, [f"-XX:ArchiveClassesAtExit={cds_archive}"], cds_archive,
          module_dir, ready_path)

    if Path(JDK25_JAVA).exists() and week == "week1":
        settings += [
            ("JDK 25, defaults", JDK25_JAVA, []),
            ("JDK 25, AOT cache", JDK25_JAVA, [f"-XX:AOTCache={aot_cache}"]),
            (f"JDK 25, AOT cache + {C1_ONLY}", JDK25_JAVA, [f"-XX:AOTCache={aot_cache}", C1_ONLY]),
        ]
        train(f"{week}-aot", JDK25_JAVA, classpath, main_class, [f"-XX:AOTCacheOutput={aot_cache}"], aot_cache,
              module_dir, ready_path)

    def factory(java, options):
        return lambda: lib.java_server(f"{week}-java", classpath, main_class, PORT, options, java=java,
                                       module_dir=module_dir, ready_path=ready_path)

    return [(f"java: {name}", factory(java, options)) for name, java, options in settings]


def run_command_variants(week, module, ready_path):
    """Lists the README's run command, as is and with JVM options for Maven's own JVM, where exec:java runs the app."""
    command = [lib.MVNW, "-pl", module, "-am", "compile", "exec:java"]
    variants = [
        ("./mvnw -pl MODULE -am compile exec:java", {"MAVEN_OPTS": ""}),
        (f"same, MAVEN_OPTS={C1_ONLY}", {"MAVEN_OPTS": C1_ONLY}),
        (f"same, MAVEN_OPTS={C1_ONLY} {SERIAL_GC}", {"MAVEN_OPTS": f"{C1_ONLY} {SERIAL_GC}"}),
    ]

    def factory(env):
        return lambda: lib.Server(f"{week}-mvnw", command, PORT, env=dict(env, PORT=str(PORT)), ready_path=ready_path)

    return [(f"run command: {name}", factory(env)) for name, env in variants]


def fastapi_variant(fastapi_module):
    return [(f"FastAPI {fastapi_module}: uvicorn, 1 worker",
             lambda: lib.uvicorn_server(f"{fastapi_module}-uvicorn", fastapi_module, PORT, workers=1))]


def time_one_start(make_server):
    server = make_server()
    launched = server.start()
    try:
        ready = server.wait_until_ready(timeout_seconds=180)
    finally:
        server.stop()
    return ready - launched


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--week", choices=sorted(WEEKS), default="week1")
    parser.add_argument("--runs", type=int, default=7, help="starts of each variant (default 7)")
    parser.add_argument("--skip-run-command", action="store_true", help="leave out the ./mvnw run command")
    args = parser.parse_args()

    module, main_class, fastapi_module, ready_path = WEEKS[args.week]
    lib.require_tools(lib.DEBIAN_PYTHON)
    if not lib.port_is_free(PORT):
        raise SystemExit(f"port {PORT} on 127.0.0.1 is in use; stop what listens there and run again")
    machine = lib.machine_description()
    classpath = lib.build_classpaths([module])[module]
    module_dir = lib.REPO_ROOT / module

    variants = java_variants(args.week, classpath, main_class, module_dir, ready_path)
    if not args.skip_run_command:
        variants += run_command_variants(args.week, module, ready_path)
    variants += fastapi_variant(fastapi_module)

    # One start of each to warm the page cache, untimed, so the first timed variant has no handicap.
    for _, make_server in variants:
        time_one_start(make_server)

    seconds = {name: [] for name, _ in variants}
    loads = []
    for run in range(1, args.runs + 1):
        loads.append(lib.load_average())
        for name, make_server in variants:
            elapsed = time_one_start(make_server)
            seconds[name].append(elapsed)
            print(f"run {run}  {name:60} {elapsed:6.3f} s  load {lib.load_average()}", flush=True)

    fastapi_median = lib.median(seconds[variants[-1][0]])
    rows = []
    for name, values in seconds.items():
        value = lib.median(values)
        rows.append([name, f"{value:.3f}", f"{min(values):.3f}", f"{max(values):.3f}",
                     f"{value / fastapi_median:.1f}x",
                     " ".join(f"{v:.2f}" for v in values)])
    headers = ["variant", "median s", "min s", "max s", "vs FastAPI", "each start, s"]
    table = lib.markdown_table(headers, rows)
    print()
    print(table)

    settings = (f"{args.week} ({module}), {args.runs} interleaved starts per variant after one untimed start each; "
                f"time from process launch to the first 200 on GET {ready_path}, polled every 5 ms. "
                f"Load average before each round: {'; '.join(loads)}. At the end: {lib.load_average()}.")
    name = f"cold-start-{args.week}"
    raw = lib.write_raw(name, {"machine": machine, "settings": settings, "seconds": seconds,
                               "environment": {"MAVEN_OPTS": os.environ.get("MAVEN_OPTS", "")}})
    summary = lib.write_summary(name, f"Cold start, {args.week}", machine, [("Settings", settings), ("Results", table)])
    print(f"\nraw results: {raw}\nsummary: {summary}")


if __name__ == "__main__":
    main()

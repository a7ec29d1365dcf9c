#!/usr/bin/env python3
"""Measures the course's own speed: the wall time of ./mvnw verify and of each week's tests.

Maven's local repository must already hold every dependency (a warm cache: run ./mvnw verify
once before). Each command starts with clean, as on a fresh clone in CI. The commands are
interleaved, --runs times, and the table gives the median wall time and, for a week, the time
its tests took by surefire's own reports.

    bench/build_time.py                        # 3 runs of each command
    bench/build_time.py --with-maven-opts "-XX:TieredStopAtLevel=1"     # Maven's JVM with C1 only too
"""

import argparse
import subprocess
import time
import xml.etree.ElementTree as ElementTree

import benchlib as lib


def week_package(module):
    return "dev.backendcourse." + module.split("-")[0]


def commands(modules):
    """Returns (name, command) pairs: the whole build, then per week the README's command and the week's tests only."""
    result = [("whole repository: ./mvnw clean verify", [lib.MVNW, "-B", "-ntp", "clean", "verify"])]
    for module in modules:
        result.append((f"{module}: ./mvnw -pl {module} -am clean verify",
                       [lib.MVNW, "-B", "-ntp", "-pl", module, "-am", "clean", "verify"]))
        # The kit is built but its own tests are filtered out, so only the week's graded tests run.
        result.append((f"{module}: its tests only (-pl course-kit,{module} -Dtest=...)",
                       [lib.MVNW, "-B", "-ntp", "-pl", f"course-kit,{module}", "clean", "verify",
                        f"-Dtest={week_package(module)}.**", "-Dsurefire.failIfNoSpecifiedTests=false"]))
    return result


def surefire_seconds(module):
    """Sums the time of every test class of the module, as surefire recorded it."""
    reports = (lib.REPO_ROOT / module / "target" / "surefire-reports").glob("TEST-*.xml")
    return sum(float(ElementTree.parse(report).getroot().get("time", "0")) for report in reports)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--with-maven-opts", metavar="OPTIONS",
                        help="also run the whole build with MAVEN_OPTS set to OPTIONS, interleaved")
    parser.add_argument("--only", help="run only the commands whose name contains this text")
    args = parser.parse_args()

    machine = lib.machine_description()
    modules = lib.week_modules()
    option_sets = [""] + ([args.with_maven_opts] if args.with_maven_opts else [])
    plan = [(name, command, options) for name, command in commands(modules) for options in option_sets
            if (args.only is None or args.only in name) and (not options or name.startswith("whole"))]

    log_dir = lib.RAW_DIR / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    seconds = {}
    test_seconds = {}
    for run in range(1, args.runs + 1):
        for name, command, options in plan:
            key = f"{name}, MAVEN_OPTS={options}" if options else name
            environment = dict(lib.os.environ, MAVEN_OPTS=options)
            load = lib.load_average()
            started = time.monotonic()
            with open(log_dir / "build-time.log", "ab") as log:
                completed = subprocess.run(command, cwd=lib.REPO_ROOT, env=environment, stdout=log,
                                           stderr=subprocess.STDOUT)
            elapsed = time.monotonic() - started
            if completed.returncode != 0:
                raise SystemExit(f"{key} failed with exit code {completed.returncode}; see {log_dir / 'build-time.log'}")
            seconds.setdefault(key, []).append(elapsed)
            module = name.split(":")[0]
            if module in modules:
                test_seconds.setdefault(key, []).append(surefire_seconds(module))
            print(f"run {run}  {key:90} {elapsed:7.1f} s  load before {load}", flush=True)

    rows = []
    for key, values in seconds.items():
        tests = test_seconds.get(key)
        rows.append([key, f"{lib.median(values):.1f}", f"{lib.median(tests):.1f}" if tests else "",
                     " ".join(f"{value:.1f}" for value in values)])
    table = lib.markdown_table(["command", "median wall s", "the week's tests by surefire, s", "each run, s"], rows)
    print()
    print(table)

    settings = (f"{args.runs} interleaved runs of each command, warm Maven cache, clean before each. "
                f"Modules: {', '.join(modules)}. Load average at the end: {lib.load_average()}.")
    raw = lib.write_raw("build-time", {"machine": machine, "settings": settings, "seconds": seconds,
                                       "test_seconds": test_seconds})
    summary = lib.write_summary("build-time", "The course's own speed", machine,
                                [("Settings", settings), ("Results", table)])
    print(f"\nraw results: {raw}\nsummary: {summary}")


if __name__ == "__main__":
    main()

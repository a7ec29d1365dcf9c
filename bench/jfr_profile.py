#!/usr/bin/env python3
"""Profiles a Java week under wrk load with JDK Flight Recorder and prints where its CPU time goes.

The server is warmed up first, then JFR samples its threads while wrk sends one endpoint.
Two tables follow. The first gives, for each library, the share of samples whose stack passes
through it (so one sample counts for several libraries) and the share spent in its own code or
in JDK code that it called. The second lists the methods most often on top of the stack.

    bench/jfr_profile.py week1 /                 # GET / of week 1
    bench/jfr_profile.py week2 /items --post     # POST /items of week 2
    bench/jfr_profile.py week4 "/resources?limit=50"
"""

import argparse
import collections
import json
import re
import shutil
import subprocess
from pathlib import Path

import benchlib as lib
import throughput

PORT = 8088

WEEKS = {
    "week1": ("week1-hello-api", "dev.backendcourse.week1.HelloApi"),
    "week2": ("week2-validation", "dev.backendcourse.week2.ValidationApi"),
    "week3": ("week3-sql", "dev.backendcourse.week3.SqlApi"),
    "week4": ("week4-orm", "dev.backendcourse.week4.OrmApi"),
}

# Library of a frame, by the start of its class name; the first match wins.
LIBRARIES = [
    ("logging (Logback, SLF4J, JUL)", ("ch.qos.logback", "org.slf4j", "java.util.logging")),
    ("JSON (Jackson)", ("com.fasterxml.jackson",)),
    ("Bean Validation (Hibernate Validator)", ("org.hibernate.validator", "jakarta.validation")),
    ("dependency injection (HK2)", ("org.glassfish.hk2", "org.jvnet.hk2")),
    ("Hibernate ORM", ("org.hibernate",)),
    ("connection pool (HikariCP)", ("com.zaxxer.hikari",)),
    ("PostgreSQL JDBC driver", ("org.postgresql",)),
    ("Jersey request pipeline", ("org.glassfish.jersey",)),
    ("HTTP server (Grizzly)", ("org.glassfish.grizzly",)),
    ("the course's code", ("dev.backendcourse",)),
    ("JDK", ("java.", "jdk.", "sun.")),
]


def library_of(class_name):
    for library, prefixes in LIBRARIES:
        if class_name.startswith(prefixes):
            return library
    return "other"


def sampling_settings():
    """Writes a copy of the JDK's profile settings that samples every 1 ms instead of every 10 ms."""
    java_home = Path(shutil.which("java")).resolve().parent.parent
    settings = (java_home / "lib" / "jfr" / "profile.jfc").read_text()
    settings = re.sub(r'(control="method-sampling-java-interval">)10 ms<', r"\g<1>1 ms<", settings)
    path = lib.RAW_DIR / "profile-1ms.jfc"
    path.write_text(settings)
    return path


def read_samples(recording):
    output = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                             str(recording)], capture_output=True, text=True, check=True).stdout
    events = json.loads(output)["recording"]["events"]
    stacks = []
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        stacks.append([(frame["method"]["type"]["name"].replace("/", "."), frame["method"]["name"])
                       for frame in frames])
    return stacks


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("week", choices=sorted(WEEKS))
    parser.add_argument("path", help="the path wrk requests, such as / or /items/5")
    parser.add_argument("--post", action="store_true", help="send week 2's POST body instead of a GET")
    parser.add_argument("--seconds", type=int, default=10, help="seconds of recording under load (default 10)")
    parser.add_argument("--jvm-option", action="append", default=[], help="an extra JVM option (repeatable)")
    args = parser.parse_args()

    module, main_class = WEEKS[args.week]
    classpath = lib.build_classpaths([module])[module]
    recording = lib.RAW_DIR / f"profile-{args.week}-{re.sub(r'[^a-z0-9]+', '-', args.path).strip('-') or 'root'}.jfr"
    recording.parent.mkdir(parents=True, exist_ok=True)
    script = throughput.POST_SCRIPT if args.post else None

    server = lib.java_server(f"profile-{args.week}", classpath, main_class, PORT, args.jvm_option,
                             module_dir=lib.REPO_ROOT / module, ready_path=args.path)
    with server:
        # 30 s, because the JIT needs that long on a busy 2-core machine before the rate levels off.
        throughput.run_wrk(server.url + args.path, 30, script)
        subprocess.run(["jcmd", str(server.process.pid), "JFR.start", "name=bench", f"settings={sampling_settings()}",
                        f"filename={recording}"], check=True, capture_output=True)
        result = throughput.run_wrk(server.url + args.path, args.seconds, script)
        subprocess.run(["jcmd", str(server.process.pid), "JFR.stop", "name=bench"], check=True, capture_output=True)

    stacks = read_samples(recording)
    inclusive = collections.Counter()
    exclusive = collections.Counter()
    top_frames = collections.Counter()
    for stack in stacks:
        libraries = [library_of(class_name) for class_name, _ in stack]
        inclusive.update(set(libraries) - {"JDK"})
        # Time in the JDK counts for the library that called it: a HashMap lookup inside Jersey is Jersey's cost.
        exclusive[next((library for library in libraries if library != "JDK"), "JDK")] += 1
        if stack:
            class_name, method = stack[0]
            top_frames[f"{class_name}.{method}"] += 1

    total = len(stacks)
    print(f"{args.week} {'POST' if args.post else 'GET'} {args.path}: {result['requests_per_second']:,.0f} req/s "
          f"under JFR, {total} samples, load {lib.load_average()}\n")
    print(lib.markdown_table(["library", "samples with it on the stack", "samples in it or the JDK code it calls"],
                             [[name, f"{count / total:.0%}", f"{exclusive[name] / total:.0%}"]
                              for name, count in inclusive.most_common()]))
    print()
    print(lib.markdown_table(["method on top of the stack", "share of samples"],
                             [[name, f"{count / total:.1%}"] for name, count in top_frames.most_common(15)]))
    print(f"\nrecording: {recording} (open it with `jfr print` or JDK Mission Control)")


if __name__ == "__main__":
    main()

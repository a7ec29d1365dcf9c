"""Shared helpers of the benchmark scripts: building, starting and stopping servers, timing, tables.

Every server started here listens on 127.0.0.1, on a port from 8080 to 8099 (the tests use
port 0 and an instructor's demo may use 8000, so neither range is touched).
"""

import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
RAW_DIR = RESULTS_DIR / "raw"

# Debian's interpreter, where python3-fastapi and python3-uvicorn are installed. A python3 found
# earlier on PATH (pyenv, a virtualenv) may not have them.
DEBIAN_PYTHON = "/usr/bin/python3"
MVNW = str(REPO_ROOT / "mvnw")


def utc_stamp():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_average():
    """Returns the 1, 5 and 15 minute load averages of the machine as a string."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def machine_description():
    memory_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    cpu_model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    java_version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return {
        "cores": os.cpu_count(),
        "cpu": cpu_model.group(1).strip() if cpu_model else platform.machine(),
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
        "java": java_version,
        "kernel": platform.release(),
        "load_at_start": load_average(),
    }


def median(values):
    return statistics.median(values) if values else float("nan")


def markdown_table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    return "\n".join(lines)


def write_raw(name, data):
    """Writes the raw measurements of one run as JSON under results/raw and returns the path."""
    RAW_DIR.mkdir(parents=True, exist_ok=True)
    path = RAW_DIR / f"{name}-{utc_stamp().replace(':', '')}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path


def write_summary(name, title, machine, sections):
    """Writes the summarised tables of one run to results/<name>.md, which is committed."""
    script = Path(sys.argv[0]).name
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                            text=True).stdout.strip()
    text = [f"# {title}", "", f"Recorded {utc_stamp()} by `bench/{script}` at commit {commit}.", ""]
    text.append(f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gib']} GiB, "
                f"{machine['java']}, Linux {machine['kernel']}. Load average at start: {machine['load_at_start']}.")
    text.append("")
    for heading, body in sections:
        text += [f"## {heading}", "", body, ""]
    path = RESULTS_DIR / f"{name}.md"
    path.write_text("\n".join(text))
    return path


def require_tools(*names):
    missing = [name for name in names if shutil.which(name) is None and not Path(name).exists()]
    if missing:
        raise SystemExit(f"missing tools: {', '.join(missing)}. Install them with: sudo bash bench/setup.sh")


def week_modules():
    """Returns the week modules that the parent pom builds, in order."""
    pom = (REPO_ROOT / "pom.xml").read_text()
    return [module for module in re.findall(r"<module>([^<]+)</module>", pom) if module.startswith("week")]


def build_classpaths(modules):
    """Packages the modules and returns each one's runtime class path of jars, its own jar first.

    Jars rather than target/classes folders, because class-data sharing archives only classes
    that come from jars: a non-empty folder on the class path turns it off.
    """
    subprocess.run(
        [MVNW, "-q", "-pl", ",".join(modules), "-am", "package", "-DskipTests", "dependency:build-classpath",
         "-Dmdep.includeScope=runtime", "-Dmdep.outputFile=target/classpath.txt"],
        cwd=REPO_ROOT, check=True)
    classpaths = {}
    for module in modules:
        target = REPO_ROOT / module / "target"
        jar = next(target.glob(f"{module}-*.jar"))
        libraries = (target / "classpath.txt").read_text().strip()
        classpaths[module] = f"{jar}:{libraries}"
    return classpaths


def port_is_free(port):
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class Server:
    """A server process started in its own process group, so that stopping it stops its children too."""

    def __init__(self, name, command, port, cwd=REPO_ROOT, env=None, ready_path="/"):
        self.name = name
        self.command = command
        self.port = port
        self.cwd = cwd
        self.env = dict(os.environ, **(env or {}))
        self.ready_path = ready_path
        self.process = None
        self.log_path = RAW_DIR / "logs" / f"{name}.log"

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        """Starts the process and returns the time it was launched (time.monotonic())."""
        if not port_is_free(self.port):
            raise SystemExit(f"port {self.port} on 127.0.0.1 is in use; stop what listens there and run again")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        launched = time.monotonic()
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        return launched

    def wait_until_ready(self, timeout_seconds=120, poll_seconds=0.005):
        """Polls GET ready_path until it returns 200 and returns the time of that response (time.monotonic())."""
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with code {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic()
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(poll_seconds)
        raise RuntimeError(f"{self.name} did not return 200 on {self.ready_path} within {timeout_seconds} s")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self):
        self.start()
        self.wait_until_ready()
        return self

    def __exit__(self, *exc):
        self.stop()


def java_server(name, classpath, main_class, port, jvm_options=(), java="java", env=None, module_dir=None,
                ready_path="/"):
    command = [java, *jvm_options]
    if module_dir is not None:
        # What the exec plugin passes, so a database week keeps its data under its own .data/ folder.
        command.append(f"-Dcourse.module.dir={module_dir}")
    command += ["-cp", classpath, main_class]
    return Server(name, command, port, env=dict(env or {}, PORT=str(port)), ready_path=ready_path)


def uvicorn_server(name, module, port, workers):
    # --no-access-log because the Java servers log no line per request either.
    command = [DEBIAN_PYTHON, "-m", "uvicorn", f"{module}:app", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--no-access-log", "--log-level", "warning"]
    return Server(name, command, port, cwd=BENCH_DIR / "fastapi")


def nginx_server(name, port):
    prefix = RAW_DIR / "nginx"
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text((BENCH_DIR / "nginx" / "constant.conf").read_text().replace("@PORT@", str(port)))
    return Server(name, ["nginx", "-p", str(prefix), "-c", str(config)], port)

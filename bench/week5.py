#!/usr/bin/env python3
"""Measures week 5: GET /videos/{id} through nginx with the Redis cache on and off, with one and with two
API instances, and the upload and download rate of a 50 MiB file through presigned URLs.

One shared PostgreSQL, Redis and object store run in SharedInfrastructure; four API instances
(two cached, two with CACHE_TTL_SECONDS=0) and four nginx servers, each with the week's own
deploy/nginx.conf, make the four configurations, all running at once so the wrk runs can be
interleaved. Ports: 8081-8084 for the instances, 8085-8088 for nginx, 8093-8095 for the shared
servers, all on 127.0.0.1.

    bench/week5.py                          # 3 rounds of 10 s, 5 transfers each way
    bench/week5.py --rounds 1 --duration 3 --transfers 1
"""

import argparse
import json
import os
import re
import subprocess
import time
import urllib.request

import benchlib as lib
import throughput

MODULE = "week5-system-design"
INFRASTRUCTURE_BASE_PORT = 8093
VIDEO_BYTES = 50 * 1024 * 1024
ENVIRONMENT_LINE = re.compile(r"^export (\w+)=(.*)$", re.MULTILINE)

# (configuration, cache time to live in seconds, API ports, nginx port)
CONFIGURATIONS = [
    ("1 instance, cache on", 300, [8081], 8085),
    ("1 instance, cache off", 0, [8083], 8087),
    ("2 instances, cache on", 300, [8081, 8082], 8086),
    ("2 instances, cache off", 0, [8083, 8084], 8088),
]


def shared_environment(infrastructure):
    """Waits for SharedInfrastructure to print its export lines and returns them as a dict."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        found = dict(ENVIRONMENT_LINE.findall(infrastructure.log_path.read_text(errors="replace")))
        if len(found) >= 5:
            return found
        if infrastructure.process.poll() is not None:
            break
        time.sleep(0.5)
    raise RuntimeError(f"the shared servers did not start; see {infrastructure.log_path}")


def nginx_in_front(name, port, api_ports):
    """Starts nginx with the week's deploy/nginx.conf, its upstream and listen address rewritten for this machine."""
    prefix = lib.RAW_DIR / "week5-nginx" / name
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    upstream = "".join(f"        server 127.0.0.1:{api} max_fails=3 fail_timeout=10s;\n" for api in api_ports)
    config = (lib.REPO_ROOT / MODULE / "deploy" / "nginx.conf").read_text()
    config = re.sub(r"^        server api:8000 .*\n", upstream, config, flags=re.MULTILINE)
    config = config.replace("listen 8000;", f"listen 127.0.0.1:{port};")
    (prefix / "nginx.conf").write_text(config)
    command = ["nginx", "-p", str(prefix), "-c", "nginx.conf", "-e", str(prefix / "logs" / "error.log"),
               "-g", f"daemon off; pid {prefix / 'nginx.pid'};"]
    return lib.Server(name, command, port, ready_path="/openapi.json")


def call(method, url, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


def curl_seconds(arguments):
    """Runs curl and returns the seconds it reports for the whole transfer."""
    output = subprocess.run(["curl", "-fsS", "-o", "/dev/null", "-w", "%{time_total}", *arguments],
                            capture_output=True, text=True, check=True).stdout
    return float(output)


def upload_and_download(api_url, token, video_file):
    """Creates a video, PUTs the file to its presigned URL and GETs it back; returns (upload s, download s)."""
    created = call("POST", api_url + "/videos", {"title": "Benchmark upload", "content_type": "video/mp4",
                                                  "size": VIDEO_BYTES}, token)
    upload = created["upload"]
    header_options = [option for name, value in upload.get("headers", {}).items()
                      for option in ("-H", f"{name}: {value}")]
    upload_seconds = curl_seconds(["-X", upload["method"], *header_options, "-T", str(video_file), upload["url"]])

    video_id = created["video"]["id"]
    call("POST", f"{api_url}/videos/{video_id}/complete", token=token)
    download = call("GET", f"{api_url}/videos/{video_id}")["download"]
    download_seconds = curl_seconds([download["url"]])
    call("DELETE", f"{api_url}/videos/{video_id}", token=token)
    return upload_seconds, download_seconds


def create_ready_video(api_url, token):
    created = call("POST", api_url + "/videos", {"title": "Benchmark", "content_type": "video/mp4", "size": 4}, token)
    request = urllib.request.Request(created["upload"]["url"], data=b"abcd", method="PUT",
                                     headers=dict(created["upload"].get("headers", {}), **{"Content-Type": "video/mp4"}))
    urllib.request.urlopen(request, timeout=30).read()
    call("POST", f"{api_url}/videos/{created['video']['id']}/complete", token=token)
    return created["video"]["id"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="measured wrk runs per configuration (default 3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--warmup", type=int, default=15, help="seconds of wrk per configuration before measuring")
    parser.add_argument("--transfers", type=int, default=5, help="50 MiB uploads and downloads (default 5)")
    args = parser.parse_args()

    lib.require_tools("wrk", "nginx", "curl")
    if MODULE not in lib.week_modules():
        raise SystemExit(f"{MODULE} is not a module of this branch yet; nothing to measure")
    machine = lib.machine_description()
    classpath = lib.build_classpaths([MODULE])[MODULE]
    module_dir = lib.REPO_ROOT / MODULE

    infrastructure = lib.java_server("week5-shared", classpath, "dev.backendcourse.week5.SharedInfrastructure",
                                     INFRASTRUCTURE_BASE_PORT, module_dir=module_dir,
                                     env={"BASE_PORT": str(INFRASTRUCTURE_BASE_PORT)})
    started = [infrastructure]
    results, uploads, downloads = [], [], []
    try:
        infrastructure.start()
        shared = shared_environment(infrastructure)

        instances = {}
        for _, ttl, api_ports, _ in CONFIGURATIONS:
            for port in api_ports:
                if port not in instances:
                    instances[port] = lib.java_server(
                        f"week5-api-{port}", classpath, "dev.backendcourse.week5.VideoApi", port, module_dir=module_dir,
                        env=dict(shared, CACHE_TTL_SECONDS=str(ttl), INSTANCE_NAME=f"api-{port}"),
                        ready_path="/openapi.json")
        balancers = [nginx_in_front(f"nginx-{port}", port, api_ports) for _, _, api_ports, port in CONFIGURATIONS]
        for server in [*instances.values(), *balancers]:
            started.append(server)
            server.start()
            server.wait_until_ready(timeout_seconds=300)

        api_url = instances[8081].url
        token = call("POST", api_url + "/accounts", {"name": "bench"})["token"]
        video_id = create_ready_video(api_url, token)

        for configuration, _, _, nginx_port in CONFIGURATIONS:
            throughput.run_wrk(f"http://127.0.0.1:{nginx_port}/videos/{video_id}", args.warmup)
        for round_number in range(1, args.rounds + 1):
            for configuration, _, _, nginx_port in CONFIGURATIONS:
                result = throughput.run_wrk(f"http://127.0.0.1:{nginx_port}/videos/{video_id}", args.duration)
                result.update(configuration=configuration, round=round_number)
                results.append(result)
                print(f"round {round_number} {configuration:24} {result['requests_per_second']:>9,.0f} req/s  "
                      f"p99 {result['p99_ms']:.2f} ms  load {result['load_before']}", flush=True)

        video_file = lib.RAW_DIR / "video-50mib.bin"
        if not video_file.exists() or video_file.stat().st_size != VIDEO_BYTES:
            video_file.write_bytes(os.urandom(VIDEO_BYTES))
        for transfer in range(1, args.transfers + 1):
            up, down = upload_and_download(api_url, token, video_file)
            uploads.append(up)
            downloads.append(down)
            print(f"transfer {transfer}: upload {up:.2f} s, download {down:.2f} s", flush=True)
    finally:
        for server in reversed(started):
            server.stop()

    rows = []
    for configuration, ttl, api_ports, _ in CONFIGURATIONS:
        mine = [r for r in results if r["configuration"] == configuration]
        rows.append([configuration, f"{lib.median([r['requests_per_second'] for r in mine]):,.0f}",
                     f"{lib.median([r['p50_ms'] for r in mine]):.2f}", f"{lib.median([r['p99_ms'] for r in mine]):.2f}",
                     sum(r["non_2xx"] for r in mine), " / ".join(f"{r['requests_per_second']:,.0f}" for r in mine)])
    read_table = lib.markdown_table(["configuration", "req/s (median)", "p50 ms", "p99 ms", "non-2xx",
                                     "req/s of each round"], rows)
    mebibytes = VIDEO_BYTES / 1024 / 1024
    transfer_table = lib.markdown_table(
        ["direction", "median s", "MiB/s at the median", "each transfer, s"],
        [["upload (PUT to the presigned URL)", f"{lib.median(uploads):.2f}", f"{mebibytes / lib.median(uploads):.0f}",
          " ".join(f"{value:.2f}" for value in uploads)],
         ["download (GET from the presigned URL)", f"{lib.median(downloads):.2f}",
          f"{mebibytes / lib.median(downloads):.0f}", " ".join(f"{value:.2f}" for value in downloads)]])
    print()
    print(read_table)
    print()
    print(transfer_table)

    settings = (f"wrk {throughput.WRK_THREADS} threads, {throughput.WRK_CONNECTIONS} connections, {args.duration} s, "
                f"{args.rounds} interleaved rounds after {args.warmup} s of warm-up, against nginx with the week's "
                f"deploy/nginx.conf. Shared embedded PostgreSQL, Redis and S3Proxy. {args.transfers} transfers of "
                f"{mebibytes:.0f} MiB each way with curl. Load average at the end: {lib.load_average()}.")
    raw = lib.write_raw("week5", {"machine": machine, "settings": settings, "results": results,
                                  "upload_seconds": uploads, "download_seconds": downloads})
    summary = lib.write_summary("week5", "Week 5: the video service", machine,
                                [("Settings", settings), ("GET /videos/{id} through nginx", read_table),
                                 ("50 MiB through presigned URLs", transfer_table)])
    print(f"\nraw results: {raw}\nsummary: {summary}")


if __name__ == "__main__":
    main()

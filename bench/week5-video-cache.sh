#!/usr/bin/env bash
# Measures GET /videos/{id} through nginx with the Redis cache on and off, with one and with two API instances,
# using wrk (Debian: apt-get install wrk nginx). Everything runs on 127.0.0.1, ports 8060-8069; each run is bounded
# by wrk's duration. Prints a Markdown table; bench/week5-video-cache.md records a run and how to read it.
#   bash bench/week5-video-cache.sh [SECONDS_PER_RUN] [CONNECTIONS]
set -euo pipefail
source "$(dirname "$0")/../week5-system-design/deploy/local-cluster.sh"

DURATION=${1:-10}
CONNECTIONS=${2:-16}
trap cluster_stop_all EXIT

json_field() {
    python3 -c 'import json, sys; value = json.load(sys.stdin); [value := value[key] for key in sys.argv[1:]]; print(value)' "$@"
}

# Starts the instances and nginx, measures, and stops them: measure LABEL CACHE_TTL_SECONDS PORT...
measure() {
    local label=$1 ttl=$2
    shift 2
    local api_pids=()
    for port in "$@"; do
        cluster_start_api "api-$port" "$port" "$ttl"
        api_pids+=("$API_PID")
    done
    cluster_start_nginx "$@"

    # Warm up the JIT and the cache, then measure.
    wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT/videos/$VIDEO_ID" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$NGINX_PORT/videos/$VIDEO_ID" \
        > "$CLUSTER_WORK/wrk-$label.txt"
    local rate p50 p99 errors
    rate=$(awk '/^Requests\/sec/ {print $2}' "$CLUSTER_WORK/wrk-$label.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$CLUSTER_WORK/wrk-$label.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$CLUSTER_WORK/wrk-$label.txt")
    errors=$(awk '/Non-2xx/ {print $NF}' "$CLUSTER_WORK/wrk-$label.txt")
    echo "| $label | $# | $([ "$ttl" = 0 ] && echo off || echo on) | $rate | $p50 | $p99 | ${errors:-0} |"

    cluster_stop "$NGINX_PID"
    for pid in "${api_pids[@]}"; do
        cluster_stop "$pid"
    done
}

cluster_build
cluster_start_infrastructure

# One ready video to read, created through a temporary instance.
cluster_start_api setup 8061
SETUP_PID=$API_PID
TOKEN=$(curl -fsS -X POST http://127.0.0.1:8061/accounts -H 'Content-Type: application/json' -d '{"name": "bench"}' | json_field token)
CREATED=$(curl -fsS -X POST http://127.0.0.1:8061/videos -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"title": "Benchmark", "content_type": "video/mp4", "size": 4}')
VIDEO_ID=$(echo "$CREATED" | json_field video id)
printf 'abcd' | curl -fsS -o /dev/null -X PUT -H 'Content-Type: video/mp4' --data-binary @- "$(echo "$CREATED" | json_field upload url)"
curl -fsS -o /dev/null -X POST "http://127.0.0.1:8061/videos/$VIDEO_ID/complete" -H "Authorization: Bearer $TOKEN"
cluster_stop "$SETUP_PID"

echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency http://127.0.0.1:$NGINX_PORT/videos/{id}, after a 3 s warm-up; $(nproc) cores"
echo
echo "| run | instances | cache | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|---|"
measure one-cached 300 8061
measure one-uncached 0 8061
measure two-cached 300 8061 8062
measure two-uncached 0 8061 8062

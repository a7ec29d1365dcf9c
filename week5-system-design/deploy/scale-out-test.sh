#!/usr/bin/env bash
# Scale-out check without Docker, all on 127.0.0.1: shared PostgreSQL, Redis and object store, two API instances
# (ports 8061 and 8062) and nginx in front (port 8060). It creates and uploads through nginx, reads from each
# instance directly, updates through one and reads through the other, then stops one and keeps serving.
# Needs nginx and curl (Debian: apt-get install nginx curl); run it from anywhere.
set -euo pipefail
source "$(dirname "$0")/local-cluster.sh"

CHECKS=0
check() {
    local description=$1
    shift
    if "$@"; then
        CHECKS=$((CHECKS + 1))
        echo "ok    $description"
    else
        echo "FAIL  $description" >&2
        exit 1
    fi
}

json_field() {
    python3 -c 'import json, sys; value = json.load(sys.stdin); [value := value[key] for key in sys.argv[1:]]; print(value)' "$@"
}

trap cluster_stop_all EXIT
cluster_build
cluster_start_infrastructure
cluster_start_api api-1 8061
API1_PID=$API_PID
cluster_start_api api-2 8062
cluster_start_nginx 8061 8062
LB="http://127.0.0.1:$NGINX_PORT"

TOKEN=$(curl -fsS -X POST "$LB/accounts" -H 'Content-Type: application/json' -d '{"name": "scale-out"}' | json_field token)
AUTH="Authorization: Bearer $TOKEN"
head -c 200000 /dev/urandom > "$CLUSTER_WORK/video.mp4"
SIZE=$(stat -c %s "$CLUSTER_WORK/video.mp4")

curl -fsS -D "$CLUSTER_WORK/created.headers" -o "$CLUSTER_WORK/created.json" -X POST "$LB/videos" -H "$AUTH" \
    -H 'Content-Type: application/json' -d "{\"title\": \"Scaled\", \"content_type\": \"video/mp4\", \"size\": $SIZE}"
ID=$(json_field video id < "$CLUSTER_WORK/created.json")
UPLOAD_URL=$(json_field upload url < "$CLUSTER_WORK/created.json")
check "Location names the load balancer, not an instance" grep -qi "^location: $LB/videos/$ID" "$CLUSTER_WORK/created.headers"

curl -fsS -o /dev/null -X PUT -H 'Content-Type: video/mp4' -T "$CLUSTER_WORK/video.mp4" "$UPLOAD_URL"
check "complete through nginx marks the video ready" \
    test "$(curl -fsS -X POST "$LB/videos/$ID/complete" -H "$AUTH" | json_field status)" = ready

for port in 8061 8062; do
    check "instance on $port reads the video created through nginx" \
        test "$(curl -fsS "http://127.0.0.1:$port/videos/$ID" | json_field status)" = ready
done

SERVED_BY=$(for _ in 1 2 3 4; do curl -fsS -o /dev/null -D - "$LB/videos/$ID" | grep -i '^x-served-by' | tr -d '\r'; done | sort -u | wc -l)
check "nginx spreads requests over both instances" test "$SERVED_BY" -eq 2

for round in 1 2 3 4 5; do
    curl -fsS -o /dev/null -X PATCH "http://127.0.0.1:8061/videos/$ID" -H "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"title\": \"Title $round\"}"
    TITLE=$(curl -fsS "http://127.0.0.1:8062/videos/$ID" | json_field title)
    [ "$TITLE" = "Title $round" ] || { echo "FAIL  api-2 returned '$TITLE' after api-1 wrote 'Title $round'" >&2; exit 1; }
done
check "an update through api-1 is read at once through api-2, five times in a row" true

DOWNLOAD_URL=$(curl -fsS "$LB/videos/$ID" | json_field download url)
curl -fsS -o "$CLUSTER_WORK/downloaded.mp4" "$DOWNLOAD_URL"
check "the download is byte-identical to the upload" cmp -s "$CLUSTER_WORK/video.mp4" "$CLUSTER_WORK/downloaded.mp4"

cluster_stop "$API1_PID"
FAILURES=0
for _ in $(seq 1 10); do
    curl -fsS -o /dev/null "$LB/videos/$ID" || FAILURES=$((FAILURES + 1))
done
check "with api-1 stopped, nginx still answers 10 of 10 reads" test "$FAILURES" -eq 0

echo "Scale-out check passed: $CHECKS checks."

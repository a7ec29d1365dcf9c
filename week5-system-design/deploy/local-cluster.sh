# Shell functions that run the scaled-out video service on 127.0.0.1 without Docker: one shared PostgreSQL, Redis
# and object store (SharedInfrastructure), N API instances, and Debian's nginx in front, using deploy/nginx.conf.
# Sourced by scale-out-test.sh and bench/week5-video-cache.sh; ports stay within 8060-8069.

CLUSTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER_MODULE="$CLUSTER_ROOT/week5-system-design"
NGINX_PORT=8060
INFRA_BASE_PORT=8065
CLUSTER_PIDS=()

# Compiles the kit and the week, and writes the runtime classpath to $CLUSTER_WORK/classpath.
cluster_build() {
    CLUSTER_WORK="$(mktemp -d /tmp/week5-cluster.XXXXXX)"
    (cd "$CLUSTER_ROOT" && ./mvnw -B -q -ntp -pl course-kit,week5-system-design -am compile \
        dependency:build-classpath -Dmdep.outputFile="$CLUSTER_WORK/module-classpath" -Dmdep.includeScope=runtime)
    echo "$CLUSTER_MODULE/target/classes:$(cat "$CLUSTER_WORK/module-classpath")" > "$CLUSTER_WORK/classpath"
}

cluster_java() {
    # Called only with "&": exec makes the process id in $! the JVM itself, so kill reaches it.
    exec java -XX:TieredStopAtLevel=1 -Dcourse.module.dir="$CLUSTER_WORK" -cp "$(cat "$CLUSTER_WORK/classpath")" "$@"
}

# Starts the shared servers and loads their DATABASE_URL, REDIS_URL and S3_* variables into this shell.
cluster_start_infrastructure() {
    BASE_PORT=$INFRA_BASE_PORT cluster_java dev.backendcourse.week5.SharedInfrastructure \
        > "$CLUSTER_WORK/infrastructure.log" 2>&1 &
    CLUSTER_PIDS+=($!)
    for _ in $(seq 1 120); do
        # The log and the variables share standard output; only the variables start with "export".
        grep '^export ' "$CLUSTER_WORK/infrastructure.log" > "$CLUSTER_WORK/infrastructure.env" || true
        if [ "$(wc -l < "$CLUSTER_WORK/infrastructure.env")" -ge 5 ]; then
            # shellcheck disable=SC1091
            source "$CLUSTER_WORK/infrastructure.env"
            return 0
        fi
        sleep 0.5
    done
    echo "The shared servers did not start; their log:" >&2
    cat "$CLUSTER_WORK/infrastructure.log" >&2
    return 1
}

# Starts one API instance: cluster_start_api NAME PORT [CACHE_TTL_SECONDS]. Sets API_PID to its process id.
cluster_start_api() {
    local name=$1 port=$2 ttl=${3:-300}
    PORT=$port INSTANCE_NAME=$name CACHE_TTL_SECONDS=$ttl cluster_java dev.backendcourse.week5.VideoApi \
        > "$CLUSTER_WORK/$name.log" 2>&1 &
    API_PID=$!
    CLUSTER_PIDS+=("$API_PID")
    cluster_wait_for "http://127.0.0.1:$port/openapi.json" 240 && return 0
    echo "API instance $name did not start; its log:" >&2
    cat "$CLUSTER_WORK/$name.log" >&2
    return 1
}

# Starts nginx with deploy/nginx.conf, its upstream rewritten to the given API ports: cluster_start_nginx 8061 8062
cluster_start_nginx() {
    local servers=""
    for port in "$@"; do
        servers+="        server 127.0.0.1:$port max_fails=3 fail_timeout=10s;\n"
    done
    mkdir -p "$CLUSTER_WORK/nginx/logs"
    sed -e "s|^        server api:8000 .*|$servers|" \
        -e "s|listen 8000;|listen 127.0.0.1:$NGINX_PORT;|" \
        "$CLUSTER_MODULE/deploy/nginx.conf" > "$CLUSTER_WORK/nginx/nginx.conf"
    nginx -p "$CLUSTER_WORK/nginx" -c nginx.conf -e "$CLUSTER_WORK/nginx/logs/error.log" -g "daemon off; pid $CLUSTER_WORK/nginx/nginx.pid;" &
    NGINX_PID=$!
    CLUSTER_PIDS+=("$NGINX_PID")
    cluster_wait_for "http://127.0.0.1:$NGINX_PORT/openapi.json" 40 && return 0
    echo "nginx did not start; its error log:" >&2
    cat "$CLUSTER_WORK/nginx/logs/error.log" >&2
    return 1
}

# Polls a URL every 0.25 s until it returns a 2xx status: cluster_wait_for URL ATTEMPTS. Returns 1 if it never does.
cluster_wait_for() {
    local attempt
    for ((attempt = 0; attempt < $2; attempt++)); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.25
    done
    return 1
}

# Stops one process that this script started, and waits for it.
cluster_stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# Stops everything this script started, newest first, and deletes the working folder.
cluster_stop_all() {
    local i
    for ((i = ${#CLUSTER_PIDS[@]} - 1; i >= 0; i--)); do
        cluster_stop "${CLUSTER_PIDS[$i]}"
    done
    CLUSTER_PIDS=()
    [ -n "${CLUSTER_WORK:-}" ] && rm -rf "$CLUSTER_WORK"
}

#!/usr/bin/env bash
# Installs what the benchmark scripts need from Debian's packages: wrk and nginx for load and the ceiling,
# FastAPI and uvicorn (with uvloop and httptools, as `pip install "uvicorn[standard]"` would add) for the
# reference apps, and curl for the transfers of week 5.
set -euo pipefail
apt-get update
apt-get install -y wrk nginx curl python3-fastapi python3-uvicorn python3-uvloop python3-httptools

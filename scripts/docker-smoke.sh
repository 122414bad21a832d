#!/usr/bin/env bash
# CI (ci.yml, job docker): builds the mock's image (apps/mock/Dockerfile) and probes a container of it: HEALTHCHECK
# reaches "healthy", a documented answer comes back on the PORT it was given, it runs as a non-root user with /data
# writable, and it holds no development dependency. Needs a Docker daemon (GitHub's ubuntu runners have one).
set -euo pipefail
cd "$(dirname "$0")/.."
image="cx-mock:smoke-$$"
volume="cx-mock-data-$$"
container=""
cleanup() {
  if [ -n "$container" ]; then docker rm -f "$container" >/dev/null 2>&1 || true; fi
  docker volume rm "$volume" >/dev/null 2>&1 || true
  docker image rm "$image" >/dev/null 2>&1 || true
}
trap cleanup EXIT

docker build -f apps/mock/Dockerfile -t "$image" .
# PORT=8080 inside, published on the runner's loopback only.
container=$(docker run -d -e PORT=8080 -p 127.0.0.1:18080:8080 -v "$volume:/data" "$image")

status=starting
for _ in $(seq 1 60); do
  status=$(docker inspect -f '{{.State.Health.Status}}' "$container")
  [ "$status" = healthy ] && break
  [ "$(docker inspect -f '{{.State.Running}}' "$container")" = true ] || break
  sleep 2
done
if [ "$status" != healthy ]; then
  echo "container did not become healthy (status: $status)" >&2
  docker logs "$container" >&2
  exit 1
fi

body=$(curl -fsS http://127.0.0.1:18080/genesys/1/cs/customers/c-1/services/active)
case "$body" in *service_id*) ;; *) echo "unexpected answer: $body" >&2; exit 1 ;; esac
[ "$(docker exec "$container" id -u)" != 0 ] || { echo "the container runs as root" >&2; exit 1; }
docker exec "$container" sh -c 'touch /data/.probe && rm /data/.probe' || { echo "/data is not writable" >&2; exit 1; }
if docker exec "$container" test -e node_modules/typescript; then
  echo "development dependencies were installed in the image" >&2
  exit 1
fi
docker stop -t 10 "$container" >/dev/null
echo "docker smoke: healthy, answered on PORT 8080, non-root, /data writable, production dependencies only"

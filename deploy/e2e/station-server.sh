# The station server for the browser tests, sourced by deploy/e2e/kiosk-flows and deploy/e2e/accessibility:
# checks the tools (Debian's Chromium, Node.js with npm, the e2e packages), starts the built server with a
# fresh demo data directory on 127.0.0.1 (HTTP port 8080 + E2E_PORT_OFFSET, default 8180) and its clock on a
# working morning, waits until it answers, runs a Node.js script against it, and stops it and removes its
# data when the sourcing script exits.
#
#   station_prepare            tools, a free port, the temporary directory and the clean-up on exit
#   station_server_start       starts the server and waits until it is ready (at most 180 s)
#   station_run_node F S T     runs node on F (at most T seconds) with STATION_URL, STATION_DATA_DIR and
#                              CHROMIUM set; sets `status`; makes sure the last line is a summary
#                              (`screens=…`), S followed by the error otherwise
#
# Settings (environment): E2E_PORT_OFFSET, E2E_CLOCK_START, CHROMIUM (see the scripts that source this).
# Sets: root, e2e, chromium_bin, offset, url, clock_start, tmp, data, log.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
e2e="$root/deploy/e2e"
server_pid=""

station_prepare() {
  cd "$root"
  chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
  if [ ! -x "$chromium_bin" ]; then
    echo "No Chromium at $chromium_bin: install Debian's with 'sudo apt-get install chromium fonts-noto-cjk' and run again." >&2
    exit 1
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js 20 or newer with npm is needed for the end-to-end flows: install it and run again." >&2
    exit 1
  fi

  # Every dependency of package.json (playwright-core, jsqr, pngjs, axe-core) must be installed.
  local package missing=false
  for package in $(node -p "Object.keys(require('$e2e/package.json').dependencies).join(' ')"); do
    [ -d "$e2e/node_modules/$package" ] || missing=true
  done
  if [ "$missing" = true ]; then
    echo "Installing the e2e dependencies (npm ci)..."
    # playwright-core never downloads a browser; the variable only makes sure nothing tries.
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi

  offset="${E2E_PORT_OFFSET:-100}"
  local http_port=$((8080 + offset))
  url="http://127.0.0.1:$http_port"
  if curl -s -o /dev/null --max-time 2 "$url/"; then
    echo "Something already answers on $url: stop it or choose another E2E_PORT_OFFSET." >&2
    exit 1
  fi

  # The server's day starts on a working morning whatever the hour of the run (today at 09:10 in the
  # stations' zone, or the coming Monday's), so that bookable times, sittings and volunteer activities lie
  # ahead.
  local weekday ahead
  weekday="$(TZ=Asia/Shanghai date +%u)"
  ahead=$(( weekday > 5 ? 8 - weekday : 0 ))
  clock_start="${E2E_CLOCK_START:-$(TZ=Asia/Shanghai date -d "+$ahead days" +%F)T09:10}"

  tmp="$(mktemp -d "${TMPDIR:-/tmp}/station-e2e.XXXXXX")"
  data="$tmp/data"
  log="$tmp/server.log"
  trap station_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

station_stop_server() {
  if [ -n "$server_pid" ]; then
    # The server runs in its own process group (setsid): standalone.sh and its java child.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
      kill -0 -- "-$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
    server_pid=""
  fi
  # Anything that left the group still names the temporary directory on its command line.
  pkill -KILL -f -- "$tmp/" 2>/dev/null || true
}

station_cleanup() {
  local status=$?
  station_stop_server
  rm -rf "$tmp"
  exit "$status"
}

station_server_start() {
  mkdir -p "$data"
  echo "Starting the station server on $url (data in $data)..."
  # The embedded H2 defaults even where STATION_DB points the integration tests at PostgreSQL (CI):
  # the demo is seeded only into an empty database.
  env -u STATION_DB -u STATION_DB_URL -u STATION_DB_USER -u STATION_DB_PASSWORD \
    STATION_CLOCK_START="$clock_start" \
    STATION_SKIP_BUILD=true STATION_DATA_DIR="$data" STATION_DEMO=true STATION_PORT_OFFSET="$offset" \
    setsid "$root/deploy/run-station" >"$log" 2>&1 </dev/null &
  server_pid=$!

  local started ready=false api page
  started=$(date +%s)
  while [ $(( $(date +%s) - started )) -lt 180 ]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      break
    fi
    api=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/api/stations" || true)
    page=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/" || true)
    if [ "$api" = 401 ] && [ "$page" = 200 ] && [ -s "$data/demo-credentials.txt" ] && [ -s "$data/initial-admin-password" ]; then
      ready=true
      break
    fi
    sleep 0.5
  done
  if [ "$ready" != true ]; then
    echo "The station server did not come up within 180 s (or stopped). Last lines of its log:" >&2
    tail -n 40 "$log" >&2 || true
    exit 1
  fi
  echo "Server ready after $(( $(date +%s) - started )) s."
}

station_run_node() {
  local script="$1" fallback="$2" limit="$3" out
  out="$tmp/$(basename "$script" .mjs).out"
  set +e
  STATION_URL="$url" STATION_DATA_DIR="$data" CHROMIUM="$chromium_bin" \
    timeout "$limit" node "$script" 2>&1 | tee "$out"
  status=${PIPESTATUS[0]}
  set -e
  local summary
  summary="$(tail -n 1 "$out")"
  case "$summary" in
    screens=*) ;;
    *) summary="$fallback error=no_summary_status_$status"; [ "$status" -ne 0 ] || status=1 ;;
  esac
  if [ "$status" -ne 0 ] && grep -q -E ' ERROR ' "$log"; then
    echo "Server errors logged during the run (first 20):"
    grep -E ' ERROR ' "$log" | head -n 20 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-400
    echo "$summary"
  elif [ "$summary" != "$(tail -n 1 "$out")" ]; then
    echo "$summary"
  fi
}

# Shared by deploy/bench/points-credit and deploy/bench/points-crash (sourced, not run): a throwaway
# PostgreSQL, the built station server on it with the demo seed, a manager's API token, volunteers,
# and pending service records for the load client to approve.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
. "$root/.mvn/pick-jdk.sh"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
http_port=$((8080 + BENCH_PORT_OFFSET))
url="http://127.0.0.1:$http_port"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/station-points-bench.XXXXXX")"
chmod 755 "$tmp" # PostgreSQL runs as its own user and must reach its directory inside
data="$tmp/data"
server_pid=""

if [ ! -f kiosk-server/target/ROOT.war ] || [ ! -x kiosk-server/target/server/bin/standalone.sh ]; then
  echo "Build first: ./mvnw install -DskipTests" >&2
  exit 1
fi
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi
if curl -s -o /dev/null --max-time 2 "$url/"; then
  echo "Something already answers on $url: stop it first." >&2
  exit 1
fi

psql_station() {
  "$pg_bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U station -d station -v ON_ERROR_STOP=1 -qAt "$@"
}

start_postgres() {
  local environment
  environment="$(.ci/postgres start "$tmp/pg" "$BENCH_PG_PORT")" || { echo "PostgreSQL did not start." >&2; exit 1; }
  eval "$environment"
  export PGPASSWORD=station
}

start_server() {
  STATION_SKIP_BUILD=true STATION_DATA_DIR="$data" STATION_DEMO=true STATION_PORT_OFFSET="$BENCH_PORT_OFFSET" \
    setsid "$root/deploy/run-station" >>"$tmp/server.log" 2>&1 </dev/null &
  server_pid=$!
  disown "$server_pid" # killed on purpose by points-crash: no job notice
  local started
  started=$(date +%s)
  while [ $(( $(date +%s) - started )) -lt 180 ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/api/stations" || true)" = 401 ] \
        && [ -s "$data/demo-credentials.txt" ]; then
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "The station server did not come up; last lines of its log:" >&2
  tail -n 30 "$tmp/server.log" >&2
  return 1
}

# SIGKILL to the whole process group: the start script and its java child, no shutdown hooks.
kill_server_hard() {
  kill -KILL -- "-$server_pid" 2>/dev/null || true
  pkill -KILL -f -- "$data/" 2>/dev/null || true
  for _ in $(seq 1 100); do
    curl -s -o /dev/null --max-time 1 "$url/" || { server_pid=""; return 0; }
    sleep 0.1
  done
}

stop_everything() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 200); do kill -0 -- "-$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  pkill -KILL -f -- "$data/" 2>/dev/null || true
  .ci/postgres stop "$tmp/pg" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}

# The station manager of the demo makes an API token, so that each call costs no password hash.
manager_token() {
  local password
  password="$(awk '$1 == "lingxi.manager" {print $4}' "$data/demo-credentials.txt")"
  curl -sf -u "lingxi.manager:$password" -H 'Content-Type: application/json' -d '{"label":"benchmark"}' \
    "$url/api/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

# Registers VOLUNTEERS volunteers at the demo station through the API.
register_volunteers() {
  local token="$1" count="$2" i=0 id phone
  "$JAVA_HOME/bin/java" "$root/deploy/bench/points/IdNumbers.java" "$count" >"$tmp/id-numbers"
  while read -r id; do
    i=$((i + 1))
    phone=$(printf '186%08d' "$i")
    curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"stationId\":1,\"name\":\"压测志愿者$i\",\"idNumber\":\"$id\",\"phone\":\"$phone\",\"area\":\"灵西社区\",\"skills\":[],\"categories\":[],\"team\":null,\"password\":null}" \
      "$url/api/points/volunteers" >/dev/null
  done <"$tmp/id-numbers"
}

# Inserts RECORDS pending records of one hour (one point) spread over the volunteers, as checked-out
# attendances outside the rules would leave them, and writes their ids in random order to a file.
pending_records() {
  local count="$1" file="$2"
  psql_station -c "insert into service_record (volunteer_id, station_id, activity_name, category, service_day, place,
      content, organiser, leader, minutes, points, status, review_reason, recorded_at, version)
    select v.ids[1 + g % array_length(v.ids, 1)], 1, '压测帮厨', 'CANTEEN', date '2026-11-20', '溢香家社区食堂',
      '备餐、打饭', '灵西社区幸福驿站', '陈美玲', 60, 1, 'PENDING', 'OUTSIDE_WINDOW', now(), 0
    from generate_series(1, $count) g,
      (select array_agg(id order by id) ids from volunteer where name like '压测志愿者%') v" >/dev/null
  psql_station -c "select id from service_record where status = 'PENDING' and activity_name = '压测帮厨' order by random()" >"$file"
}

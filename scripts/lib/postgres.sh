# A throwaway PostgreSQL cluster for the tests (issue 10): initdb into a temporary folder, started on a
# free loopback port, stopped and removed when the calling script exits. Sourced by scripts/test after
# common.sh. Nothing else on the machine is touched: no system cluster, no service.
# shellcheck shell=bash

PAMOJA_PG_BIN="${PAMOJA_PG_BIN:-/usr/lib/postgresql/15/bin}"
PAMOJA_PG_DIR=""

# A port nothing listens on now (the kernel picks it).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_test_postgres: exports PAMOJA_TEST_POSTGRES, a libpq URI with a password, for the tests.
start_test_postgres() {
  [[ -x "$PAMOJA_PG_BIN/initdb" ]] || { log "PostgreSQL's server programs are missing ($PAMOJA_PG_BIN)"; return 1; }
  PAMOJA_PG_DIR="$(mktemp -d /tmp/pamoja-pg.XXXXXX)"
  local data="$PAMOJA_PG_DIR/data" port password
  port="$(free_port)"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" >"$PAMOJA_PG_DIR/pwfile"
  # initdb refuses to run as root: the cluster belongs to Debian's postgres user then.
  local as=()
  if [[ "$(id -u)" == 0 ]]; then
    chown -R postgres: "$PAMOJA_PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$PAMOJA_PG_BIN/initdb" -D "$data" -U pamoja --pwfile="$PAMOJA_PG_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PAMOJA_PG_DIR/initdb.log" 2>&1 ||
    { cat "$PAMOJA_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$PAMOJA_PG_DIR/pwfile"
  "${as[@]}" "$PAMOJA_PG_BIN/pg_ctl" -D "$data" -l "$PAMOJA_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PAMOJA_PG_DIR -c fsync=off" \
    start >/dev/null || { cat "$PAMOJA_PG_DIR/server.log" >&2; return 1; }
  trap stop_test_postgres EXIT
  export PAMOJA_TEST_POSTGRES="postgresql://pamoja:$password@127.0.0.1:$port/postgres"
  log "PostgreSQL for the tests on 127.0.0.1:$port ($PAMOJA_PG_DIR)"
}

stop_test_postgres() {
  [[ -n "$PAMOJA_PG_DIR" && -d "$PAMOJA_PG_DIR/data" ]] || return 0
  local as=()
  [[ "$(id -u)" == 0 ]] && as=(runuser -u postgres --)
  "${as[@]}" "$PAMOJA_PG_BIN/pg_ctl" -D "$PAMOJA_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PAMOJA_PG_DIR"
  PAMOJA_PG_DIR=""
}

#!/usr/bin/env bash
# Throwaway MariaDB server for the test suites.
#
# Integration tests need a real MariaDB, but must never touch the machine's own
# server, its datadir or systemd unit: CI boxes and developer laptops differ,
# and tests create/drop databases freely. So every run gets a private datadir,
# socket and TCP port under a temp dir, and everything is deleted afterwards.
#
# Two ways to use it:
#
#   Sourced (build.sh does this; the server dies with the calling shell):
#       source eng/mariadb.sh
#       mariadb_start          # exports SAFETYPORTAL_TEST_MARIADB, MARIADB_* vars
#       trap mariadb_stop EXIT
#
#   Executed (for other scripts / IDE users; the server outlives the script):
#       eval "$(eng/mariadb.sh start)"    # prints export lines, incl. MARIADB_DIR
#       ...
#       eng/mariadb.sh stop "$MARIADB_DIR"
#
# Settings (environment):
#   SAFETYPORTAL_MARIADB_PORT      fixed TCP port; default: first free from 33306
#   SAFETYPORTAL_MARIADB_PASSWORD  root password; default: random per run
#   SAFETYPORTAL_MARIADB_DIR       state dir; default: mktemp -d under $TMPDIR.
#                                  Stale state left there by a killed run is
#                                  cleaned up on start.
#   SAFETYPORTAL_MARIADB_TIMEOUT   seconds to wait for the server; default 60
#
# Connection string handed to the tests (no database: each test class makes
# its own):
#   SAFETYPORTAL_TEST_MARIADB="Server=127.0.0.1;Port=PORT;User ID=root;Password=PASSWORD;"

# Marker file that proves a directory is ours before anything is rm -rf'ed.
_MDB_MARKER=.safetyportal-mariadb
_MDB_DEFAULT_PORT=33306
_MDB_TMP_PREFIX=safetyportal-mariadb

_mdb_log() { printf 'mariadb.sh: %s\n' "$*" >&2; }

# Debian ships both the mariadb-* names and the legacy mysql* ones; older or
# trimmed installs may only have one, and /usr/sbin is not always on PATH.
_mdb_find() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
        if [[ -x /usr/sbin/$name ]]; then echo "/usr/sbin/$name"; return 0; fi
        if [[ -x /usr/bin/$name ]]; then echo "/usr/bin/$name"; return 0; fi
    done
    return 1
}

_mdb_find_tools() {
    MARIADB_SERVER_BIN=$(_mdb_find mariadbd mysqld) || { _mdb_log "mariadbd not found (apt-get install mariadb-server)"; return 1; }
    MARIADB_INSTALL_DB_BIN=$(_mdb_find mariadb-install-db mysql_install_db) || { _mdb_log "mariadb-install-db not found"; return 1; }
    MARIADB_ADMIN_BIN=$(_mdb_find mariadb-admin mysqladmin) || { _mdb_log "mariadb-admin not found"; return 1; }
    MARIADB_CLIENT_BIN=$(_mdb_find mariadb mysql) || { _mdb_log "mariadb client not found"; return 1; }
}

# True while pid exists and is not a zombie (kill -0 succeeds on zombies).
_mdb_running() {
    local state
    [[ $1 =~ ^[0-9]+$ && -r /proc/$1/stat ]] || return 1
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $state && $state != Z ]]
}

# kill -0 alone is not enough: a zombie still "exists", and after a crash the
# pid may have been reused by an unrelated process we must not kill. Only treat
# the pid as our server if it is running with our datadir on its command line.
_mdb_is_our_server() {
    local pid=$1 dir=$2 cmdline
    _mdb_running "$pid" || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *"--datadir=$dir/data"* ]]
}

# Bash's /dev/tcp avoids depending on ss/netstat/nc being installed.
_mdb_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_mdb_pick_port() {
    local port=$1
    while _mdb_port_in_use "$port"; do
        port=$((port + 1))
        if ((port > $1 + 200)); then _mdb_log "no free port in $1..$port"; return 1; fi
    done
    echo "$port"
}

# od terminates on its own, so no SIGPIPE under pipefail (unlike tr|head).
_mdb_random_password() {
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n'
}

# Stops the server owning $dir (if any) and deletes $dir.
mariadb_stop() {
    local dir=${1:-${MARIADB_DIR:-}} pid="" i
    [[ -n $dir && -d $dir ]] || return 0
    if [[ ! -f $dir/$_MDB_MARKER ]]; then
        _mdb_log "refusing to delete $dir: no $_MDB_MARKER marker"
        return 1
    fi
    [[ -n ${MARIADB_ADMIN_BIN:-} ]] || _mdb_find_tools || true
    [[ -f $dir/server.pid ]] && pid=$(<"$dir/server.pid")

    if [[ -n $pid ]] && _mdb_is_our_server "$pid" "$dir"; then
        # A clean shutdown first: it is fast and leaves no half-written files.
        if [[ -n ${MARIADB_ADMIN_BIN:-} && -f $dir/client.cnf ]]; then
            timeout 30 "$MARIADB_ADMIN_BIN" --defaults-file="$dir/client.cnf" \
                --connect-timeout=5 shutdown >/dev/null 2>&1 || true
        fi
        for ((i = 0; i < 100; i++)); do
            _mdb_is_our_server "$pid" "$dir" || break
            sleep 0.2
        done
        # The data is disposable, so escalate rather than hang the build.
        if _mdb_is_our_server "$pid" "$dir"; then
            _mdb_log "server $pid did not shut down; sending SIGTERM"
            kill -TERM "$pid" 2>/dev/null || true
            for ((i = 0; i < 50; i++)); do
                _mdb_is_our_server "$pid" "$dir" || break
                sleep 0.2
            done
        fi
        if _mdb_is_our_server "$pid" "$dir"; then
            _mdb_log "server $pid still alive; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    # Reap it if it was our child, so no zombie is left behind.
    if [[ -n $pid ]] && ! _mdb_running "$pid"; then
        wait "$pid" 2>/dev/null || true
        # Not our child (detached start): give init a moment to reap it, so
        # callers checking the process table right after `stop` see it gone.
        for ((i = 0; i < 25; i++)); do
            [[ -e /proc/$pid ]] || break
            sleep 0.2
        done
    fi
    rm -rf -- "$dir"
    if [[ $dir == "${MARIADB_DIR:-}" ]]; then
        unset MARIADB_DIR MARIADB_PID
    fi
    return 0
}

# A run killed with SIGKILL (or a crashed CI agent) cannot run its EXIT trap.
# Remove temp dirs whose owning shell is gone so servers and datadirs do not
# pile up; dirs from `mariadb.sh start` (no owner) are left for `stop`.
_mdb_reap_stale() {
    local tmp=${TMPDIR:-/tmp} d owner
    for d in "$tmp/$_MDB_TMP_PREFIX".*; do
        [[ -d $d && -f $d/$_MDB_MARKER && -f $d/owner.pid ]] || continue
        owner=$(<"$d/owner.pid")
        if [[ $owner =~ ^[0-9]+$ ]] && ! kill -0 "$owner" 2>/dev/null; then
            _mdb_log "cleaning up stale instance $d (owner $owner is gone)"
            mariadb_stop "$d" || true
        fi
    done
}

_mdb_write_client_cnf() {
    local dir=$1 password=${2:-}
    {
        echo "[client]"
        echo "user=root"
        echo "socket=$dir/mariadb.sock"
        [[ -z $password ]] || echo "password=$password"
    } >"$dir/client.cnf"
    chmod 600 "$dir/client.cnf"
}

# Launches mariadbd in the background and waits until it answers.
# Returns 0 when ready, 2 if the port was taken, 1 on any other failure.
_mdb_launch() {
    local dir=$1 port=$2 wait_s=$3 i pid
    : >"$dir/mariadbd.err"
    # stdin from /dev/null: CI runs without a terminal and the server must not
    # hold on to (or wait for) the caller's stdin.
    "$MARIADB_SERVER_BIN" --no-defaults \
        --user=root \
        --datadir="$dir/data" \
        --tmpdir="$dir/tmp" \
        --socket="$dir/mariadb.sock" \
        --pid-file="$dir/mariadbd.pid" \
        --log-error="$dir/mariadbd.err" \
        --port="$port" \
        --bind-address=127.0.0.1 \
        --skip-name-resolve \
        --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_general_ci \
        --max-connections=500 \
        --innodb-flush-log-at-trx-commit=0 \
        --innodb-doublewrite=0 \
        --innodb-buffer-pool-size=128M \
        --skip-log-bin \
        </dev/null >>"$dir/mariadbd.out" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/server.pid"

    for ((i = 0; i < wait_s * 5; i++)); do
        # Not _mdb_is_our_server: right after the fork the child's cmdline is
        # still bash's, not mariadbd's.
        if ! _mdb_running "$pid"; then
            wait "$pid" 2>/dev/null || true
            if grep -qE 'Address already in use|Do you already have another server running' "$dir/mariadbd.err"; then
                return 2
            fi
            _mdb_log "mariadbd exited during start-up; log follows"
            tail -n 30 "$dir/mariadbd.err" >&2 || true
            return 1
        fi
        # ping succeeds even with "access denied", which is all we need here.
        if "$MARIADB_ADMIN_BIN" --no-defaults --socket="$dir/mariadb.sock" -uroot \
            --connect-timeout=1 ping >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.2
    done
    _mdb_log "mariadbd not ready after ${wait_s}s; log follows"
    tail -n 30 "$dir/mariadbd.err" >&2 || true
    return 1
}

# Starts a fresh server. On success exports SAFETYPORTAL_TEST_MARIADB and sets
# MARIADB_DIR, MARIADB_PORT, MARIADB_PASSWORD, MARIADB_SOCKET, MARIADB_PID.
# Pass --detached to skip owner tracking (server meant to outlive the caller).
mariadb_start() {
    local detached=0 dir port password wait_s attempt rc explicit_port=0
    [[ ${1:-} == --detached ]] && detached=1

    _mdb_find_tools || return 1
    _mdb_reap_stale

    wait_s=${SAFETYPORTAL_MARIADB_TIMEOUT:-60}
    password=${SAFETYPORTAL_MARIADB_PASSWORD:-$(_mdb_random_password)}
    # The password ends up in a semicolon-separated connection string.
    if [[ $password == *[\;\'\"\\[:space:]]* ]]; then
        _mdb_log "password must not contain ; quotes, backslashes or whitespace"
        return 1
    fi

    if [[ -n ${SAFETYPORTAL_MARIADB_DIR:-} ]]; then
        dir=$SAFETYPORTAL_MARIADB_DIR
        mkdir -p "$dir"
        dir=$(cd "$dir" && pwd -P)
        if [[ -n $(ls -A "$dir") ]]; then
            if [[ ! -f $dir/$_MDB_MARKER ]]; then
                _mdb_log "$dir is not empty and not a MariaDB test dir; refusing to use it"
                return 1
            fi
            _mdb_log "removing stale state in $dir"
            mariadb_stop "$dir" || return 1
            mkdir -p "$dir"
        fi
    else
        dir=$(mktemp -d "${TMPDIR:-/tmp}/$_MDB_TMP_PREFIX.XXXXXX")
    fi
    touch "$dir/$_MDB_MARKER"
    ((detached)) || echo "$$" >"$dir/owner.pid"
    MARIADB_DIR=$dir
    MARIADB_SOCKET=$dir/mariadb.sock
    # Unix socket paths are limited to 107 bytes.
    if ((${#MARIADB_SOCKET} > 100)); then
        _mdb_log "socket path too long ($MARIADB_SOCKET); use a shorter SAFETYPORTAL_MARIADB_DIR"
        mariadb_stop "$dir"
        return 1
    fi
    mkdir -p "$dir/data" "$dir/tmp"

    # Fail fast on a taken pinned port, before the slow datadir set-up.
    if [[ -n ${SAFETYPORTAL_MARIADB_PORT:-} ]]; then
        port=$SAFETYPORTAL_MARIADB_PORT
        explicit_port=1
        if [[ ! $port =~ ^[0-9]+$ ]]; then
            _mdb_log "SAFETYPORTAL_MARIADB_PORT must be a number, got '$port'"
            mariadb_stop "$dir"
            return 1
        fi
        if _mdb_port_in_use "$port"; then
            _mdb_log "port $port (SAFETYPORTAL_MARIADB_PORT) is already in use"
            mariadb_stop "$dir"
            return 1
        fi
    else
        port=$(_mdb_pick_port "$_MDB_DEFAULT_PORT") || { mariadb_stop "$dir"; return 1; }
    fi

    # 'normal' auth gives a password-less root we then lock down ourselves; the
    # default ('socket') ties root to the OS user, which TCP clients can't use.
    if ! "$MARIADB_INSTALL_DB_BIN" --no-defaults \
        --datadir="$dir/data" \
        --user=root \
        --auth-root-authentication-method=normal \
        --skip-test-db \
        --skip-name-resolve \
        </dev/null >"$dir/install-db.log" 2>&1; then
        _mdb_log "mariadb-install-db failed; log follows"
        tail -n 30 "$dir/install-db.log" >&2 || true
        mariadb_stop "$dir"
        return 1
    fi
    _mdb_write_client_cnf "$dir"

    # Another process can grab the port between our check and the bind;
    # just move on to the next free one unless the port was pinned.
    for attempt in 1 2 3 4 5; do
        rc=0
        _mdb_launch "$dir" "$port" "$wait_s" || rc=$?
        ((rc == 2 && !explicit_port)) || break
        _mdb_log "port $port was taken meanwhile; retrying (attempt $attempt)"
        port=$(_mdb_pick_port $((port + 1))) || break
    done
    if ((rc != 0)); then
        ((rc == 2)) && _mdb_log "port $port is in use"
        mariadb_stop "$dir"
        return 1
    fi
    MARIADB_PID=$(<"$dir/server.pid")
    # shellcheck disable=SC2034 # set for callers that source this file
    MARIADB_PORT=$port

    # 'normal' auth also creates password-less root@127.0.0.1, root@::1 and
    # root@<hostname>. MySqlConnector connects over TCP with a password, and
    # with skip-name-resolve 127.0.0.1 only matches the account for that exact
    # host, so (re)create that one with the password and drop the rest.
    if ! {
        "$MARIADB_CLIENT_BIN" --defaults-file="$dir/client.cnf" -N -B -e "
            SELECT CONCAT('DROP USER ', QUOTE(user), '@', QUOTE(host), ';')
            FROM mysql.user
            WHERE user IN ('root', '') AND host NOT IN ('localhost', '127.0.0.1')"
        cat <<SQL
CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
ALTER USER 'root'@'localhost' IDENTIFIED BY '$password';
FLUSH PRIVILEGES;
SQL
    } | "$MARIADB_CLIENT_BIN" --defaults-file="$dir/client.cnf"; then
        _mdb_log "could not set the root password"
        mariadb_stop "$dir"
        return 1
    fi
    _mdb_write_client_cnf "$dir" "$password"
    # shellcheck disable=SC2034 # set for callers that source this file
    MARIADB_PASSWORD=$password

    export SAFETYPORTAL_TEST_MARIADB="Server=127.0.0.1;Port=$port;User ID=root;Password=$password;"
    # Files so other tools (and `mariadb.sh start` callers) can pick these up.
    printf '%s\n' "$SAFETYPORTAL_TEST_MARIADB" >"$dir/connection-string"
    {
        # Single quotes read better than %q and are safe: the password was
        # checked above to contain no quotes.
        printf "export SAFETYPORTAL_TEST_MARIADB='%s'\n" "$SAFETYPORTAL_TEST_MARIADB"
        printf 'export MARIADB_DIR=%q\n' "$dir"
        printf 'export MARIADB_PORT=%q\n' "$port"
        printf 'export MARIADB_SOCKET=%q\n' "$MARIADB_SOCKET"
    } >"$dir/env.sh"
    _mdb_log "MariaDB $("$MARIADB_SERVER_BIN" --version | awk '{print $3}') ready on 127.0.0.1:$port (pid $MARIADB_PID, dir $dir)"
}

_mdb_main() {
    set -euo pipefail
    case ${1:-} in
        start)
            mariadb_start --detached
            cat "$MARIADB_DIR/env.sh"
            ;;
        stop)
            local dir=${2:-${MARIADB_DIR:-}}
            [[ -n $dir ]] || { _mdb_log "usage: $0 stop DIR (or set MARIADB_DIR)"; exit 2; }
            mariadb_stop "$dir"
            ;;
        *)
            echo "usage: $0 start | stop DIR" >&2
            echo "  start  prints export lines (eval them); the server keeps running" >&2
            echo "  stop   stops the server started in DIR and deletes DIR" >&2
            exit 2
            ;;
    esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    _mdb_main "$@"
fi

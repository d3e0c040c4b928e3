# shellcheck shell=bash
# Shared helpers for scripts/test, scripts/demo and scripts/lint.
#
# Source it from a bash script that runs with `set -euo pipefail`:
#
#     source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It defines functions and a few variables (BATON_ROOT) and has no other side
# effects when sourced.

BATON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BATON_ROOT

# Every Debian 12 package the build, the tests, the demo and the linters need.
BATON_PACKAGES=(
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libsodium-dev
    pkg-config cmake ninja-build g++ ccache
    xvfb xauth dbus-x11 gnome-keyring xdotool fonts-noto-color-emoji
    postgresql imagemagick clang-format clang-tidy
    clang libclang-rt-14-dev
    dpkg-dev desktop-file-utils appstream curl systemd
)

# PostgreSQL used by baton_start_postgres (Debian 12 ships 15).
: "${BATON_PG_BIN:=/usr/lib/postgresql/15/bin}"

baton_log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
baton_die() {
    printf '%s: error: %s\n' "${0##*/}" "$*" >&2
    exit 1
}

# ---------------------------------------------------------------------------
# Exit handlers. Scripts register cleanup with `baton_on_exit 'command'`; the
# commands run in reverse order of registration when the shell exits, also on
# Ctrl+C, SIGTERM and SIGHUP; $baton_exit_status holds the shell's exit status
# while they run. Only the shell (or subshell) that registered a command runs it.
_baton_exit_cmds=()
_baton_exit_owner=""

_baton_run_exit_cmds() {
    local rc=$? i
    set +e
    # shellcheck disable=SC2034 # read by the registered commands
    baton_exit_status=$rc
    if [[ "$_baton_exit_owner" == "$BASHPID" ]]; then
        for ((i = ${#_baton_exit_cmds[@]} - 1; i >= 0; i--)); do
            eval "${_baton_exit_cmds[i]}"
        done
    fi
    _baton_exit_cmds=()
    return "$rc"
}

baton_on_exit() {
    if [[ "$_baton_exit_owner" != "$BASHPID" ]]; then
        # First registration in this (sub)shell: do not inherit the parent's.
        _baton_exit_cmds=()
        _baton_exit_owner="$BASHPID"
    fi
    _baton_exit_cmds+=("$1")
    trap _baton_run_exit_cmds EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
}

# baton_run_child COMMAND [ARGS...]: run COMMAND in its own session (process
# group) and wait for it; return its exit status. Unlike a plain foreground
# command, a SIGTERM (or Ctrl+C) to the script is handled at once: the exit
# handlers stop the whole group (COMMAND and everything it started) before the
# rest of the cleanup runs.
_baton_child_pid=""
_baton_child_handler=""

_baton_kill_child() {
    local pid="$_baton_child_pid" i
    [[ -n "$pid" ]] || return 0
    _baton_child_pid=""
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

baton_run_child() {
    if [[ "$_baton_child_handler" != "$BASHPID" ]]; then
        baton_on_exit _baton_kill_child
        _baton_child_handler="$BASHPID"
    fi
    setsid -w "$@" &
    _baton_child_pid=$!
    local rc=0
    wait "$_baton_child_pid" || rc=$?
    _baton_child_pid=""
    return "$rc"
}

# ---------------------------------------------------------------------------
# baton_ensure_packages: install whatever of BATON_PACKAGES is missing.
baton_ensure_packages() {
    local missing=() pkg status
    for pkg in "${BATON_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        if [[ "$status" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if [[ "$(id -u)" != 0 ]]; then
        baton_die "missing Debian packages: ${missing[*]}
  Install them as root:
    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
  or run this script as root."
    fi
    baton_log "installing missing packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------
# baton_jobs: how many compile jobs to run (BATON_JOBS, else the CPU count).
baton_jobs() {
    if [[ -n "${BATON_JOBS:-}" ]]; then
        printf '%s\n' "$BATON_JOBS"
    else
        nproc 2>/dev/null || echo 2
    fi
}

# baton_build PRESET: configure and build one CMake preset (build/PRESET).
baton_build() {
    local preset="${1:?baton_build needs a preset name}"
    # CMakeLists.txt picks ccache up by itself; keep its cache across builds.
    : "${CCACHE_DIR:=${XDG_CACHE_HOME:-$HOME/.cache}/ccache}"
    export CCACHE_DIR
    mkdir -p "$CCACHE_DIR"
    # Paths relative to the checkout, so a fresh clone elsewhere (CI) hits
    # the cache filled by earlier builds.
    : "${CCACHE_BASEDIR:=$BATON_ROOT}"
    export CCACHE_BASEDIR
    (
        cd "$BATON_ROOT" || exit
        cmake --preset "$preset"
        cmake --build --preset "$preset" --parallel "$(baton_jobs)"
    )
}

# ---------------------------------------------------------------------------
# baton_free_port: print a TCP port on 127.0.0.1 that is free right now.
baton_free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
        return
    fi
    local port tries
    for ((tries = 0; tries < 100; tries++)); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return
        fi
    done
    baton_die "could not find a free TCP port"
}

# Runs a PostgreSQL tool as the owner of the throwaway cluster: as root that
# is the postgres user (PostgreSQL refuses to run as root), otherwise the
# current user.
_baton_pg_as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        (cd "$_baton_pg_dir" && runuser -u postgres -- "$@")
    else
        (cd "$_baton_pg_dir" && "$@")
    fi
}

_baton_stop_postgres() {
    if [[ -n "${_baton_pg_dir:-}" && -d "$_baton_pg_dir" ]]; then
        if [[ -f "$_baton_pg_dir/data/postmaster.pid" ]]; then
            _baton_pg_as_owner "$BATON_PG_BIN/pg_ctl" stop -D "$_baton_pg_dir/data" \
                -m fast -w -t 30 >/dev/null 2>&1 || true
        fi
        rm -rf "$_baton_pg_dir"
    fi
    _baton_pg_dir=""
}

# baton_start_postgres: start a throwaway PostgreSQL server on 127.0.0.1 with
# a database baton_test, export BATON_TEST_PG_URL, and stop and delete it all
# when the shell exits.
baton_start_postgres() {
    [[ -x "$BATON_PG_BIN/initdb" ]] ||
        baton_die "PostgreSQL not found in $BATON_PG_BIN (install postgresql, or set BATON_PG_BIN)"

    local base
    if [[ "$(id -u)" == 0 ]]; then
        getent passwd postgres >/dev/null ||
            baton_die "user 'postgres' does not exist (install the postgresql package)"
        # /tmp rather than $TMPDIR: the postgres user must be able to reach it.
        base=/tmp
    else
        base="${TMPDIR:-/tmp}"
    fi
    _baton_pg_dir="$(mktemp -d "$base/baton-pg.XXXXXX")"
    baton_on_exit _baton_stop_postgres
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres: "$_baton_pg_dir"
    fi
    chmod 700 "$_baton_pg_dir"

    local data="$_baton_pg_dir/data" log="$_baton_pg_dir/postgres.log"
    if ! _baton_pg_as_owner "$BATON_PG_BIN/initdb" -D "$data" -U postgres \
        --auth=trust --encoding=UTF8 --no-locale --no-sync >"$_baton_pg_dir/initdb.log" 2>&1; then
        cat "$_baton_pg_dir/initdb.log" >&2
        baton_die "initdb failed"
    fi
    # Trust, but only over loopback and the private socket directory.
    cat >"$data/pg_hba.conf" <<'EOF'
local all all              trust
host  all all 127.0.0.1/32 trust
EOF
    cat >>"$data/postgresql.conf" <<EOF

# scripts/lib.sh: throwaway test server
listen_addresses = '127.0.0.1'
unix_socket_directories = '$_baton_pg_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF

    # Another process may grab the port between choosing and binding it: retry.
    local port attempt started=""
    for attempt in 1 2 3 4 5; do
        port="$(baton_free_port)"
        printf 'port = %s\n' "$port" >>"$data/postgresql.conf"
        if _baton_pg_as_owner "$BATON_PG_BIN/pg_ctl" start -D "$data" -l "$log" \
            -w -t 60 >/dev/null 2>&1; then
            started=1
            break
        fi
        baton_log "PostgreSQL did not start on port $port (attempt $attempt)"
    done
    if [[ -z "$started" ]]; then
        [[ -f "$log" ]] && tail -n 30 "$log" >&2
        baton_die "could not start PostgreSQL"
    fi

    "$BATON_PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres baton_test ||
        baton_die "could not create database baton_test"

    export BATON_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/baton_test"
    baton_log "PostgreSQL ready: $BATON_TEST_PG_URL"
}

# baton_run_isolated HOME_DIR COMMAND [ARGS...]: run COMMAND the way the tests
# need it: HOME and every XDG directory inside HOME_DIR (created if needed), no
# display, and a private D-Bus session whose Secret Service (gnome-keyring) is
# unlocked with a known password, so QtKeychain works and never prompts.
# It runs through baton_run_child, so the script's exit stops all of it.
baton_run_isolated() {
    local home="${1:?baton_run_isolated needs a home directory}"
    shift
    mkdir -p "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache"
    mkdir -p "$home/.runtime"
    chmod 700 "$home/.runtime"
    # Unlocking also creates the login keyring. The daemon registers on the
    # bus asynchronously, so wait until the Secret Service name is owned.
    # shellcheck disable=SC2016 # expanded by the inner sh
    local keyring_sh='
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"; do
    i=$((i + 1))
    if [ "$i" -ge 50 ]; then
        echo "the Secret Service did not appear on the session bus" >&2
        exit 1
    fi
    sleep 0.1
done
exec "$@"
'
    baton_run_child env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" \
        XDG_STATE_HOME="$home/.local/state" \
        XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$home/.runtime" \
        dbus-run-session -- sh -c "$keyring_sh" sh "$@"
}

# baton_elapsed SECONDS: print a duration like 3m07s.
baton_elapsed() {
    local s="$1"
    if ((s >= 60)); then
        printf '%dm%02ds\n' $((s / 60)) $((s % 60))
    else
        printf '%ds\n' "$s"
    fi
}

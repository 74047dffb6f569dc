#!/usr/bin/env bash
# SafetyPortal build entry point.
#
#   ./build.sh run [ARGS...]    run the web app (http://localhost:5000)
#   ./build.sh test [ARGS...]   set up a fresh Debian box and run every test
#                               suite; ARGS go to `dotnet test`
#   ./build.sh mariadb          start a throwaway MariaDB for IDE test runs,
#                               print its connection string, stop on Ctrl-C
#
# Environment:
#   DOTNET_TEST_ARGS            extra `dotnet test` arguments (word-split)
#   SAFETYPORTAL_MARIADB_*      see eng/mariadb.sh (port, password, dir)
set -euo pipefail

# Resolve paths from the repo root so the script works from any cwd (CI, IDE).
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD

# shellcheck source=eng/mariadb.sh
source "$ROOT/eng/mariadb.sh"

CHROMIUM=/usr/bin/chromium

# Solution name: .NET 10 templates default to .slnx, so accept either.
solution() {
    local s
    for s in SafetyPortal.sln SafetyPortal.slnx; do
        [[ -f $s ]] && { echo "$s"; return 0; }
    done
    echo "build.sh: no SafetyPortal.sln(x) in $ROOT" >&2
    return 1
}

# Tests need a real MariaDB, a real Chromium (Playwright must not download its
# own: the CI network only reaches apt/NuGet/npm) and CJK fonts so Chinese
# text renders in screenshots/PDFs instead of tofu. Install only what's missing
# so a prepared machine doesn't pay for (or need network for) apt-get.
ensure_system_packages() {
    local missing=()
    _mdb_find mariadbd mysqld >/dev/null || missing+=(mariadb-server)
    [[ -x $CHROMIUM ]] || missing+=(chromium)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
    ((${#missing[@]})) || return 0

    echo "build.sh: installing ${missing[*]}" >&2
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    # No stdin and no prompts on CI; the lock timeout lets us queue behind an
    # apt run that's already in progress (e.g. unattended-upgrades).
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
    "${apt[@]}" update </dev/null
    "${apt[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null
}

# Ctrl-C/TERM would otherwise skip the EXIT trap's exit code handling.
trap 'exit 130' INT
trap 'exit 143' TERM

cmd_run() {
    exec dotnet run --project src/SafetyPortal.Web "$@"
}

cmd_test() {
    ensure_system_packages
    command -v dotnet >/dev/null || { echo "build.sh: dotnet SDK not found" >&2; return 1; }

    # Stop MariaDB however we leave (test failure, Ctrl-C, set -e abort).
    trap mariadb_stop EXIT
    mariadb_start   # exports SAFETYPORTAL_TEST_MARIADB

    export SAFETYPORTAL_CHROMIUM=$CHROMIUM
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

    # --blame: a test host that crashes names the test it was running in the run's summary.
    local test_args=(-c Release --logger "console;verbosity=normal" --blame)
    local extra=()
    read -r -a extra <<<"${DOTNET_TEST_ARGS:-}"

    # Capture the code instead of letting set -e exit, so the summary line is
    # printed; the EXIT trap still cleans up.
    local rc=0 log
    log=$(mktemp)
    dotnet test "$(solution)" "${test_args[@]}" "${extra[@]}" "$@" </dev/null 2>&1 | tee "$log" || rc=$?
    # One closing line for the whole run, summed over the per-assembly summaries.
    awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
         END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
    if ((rc != 0)); then
        # CI shows the end of the output: repeat what made the run fail (a failed test, a crashed or aborted test host,
        # a build error) so it is seen there even when every test that ran passed.
        echo "build.sh: what went wrong, from the whole output:" >&2
        grep -E "^ +Failed |Test Run (Aborted|Failed)|crash|aborted|: error [A-Z]+[0-9]+|No test is available" "$log" | tail -n 40 >&2 || true
    fi
    rm -f "$log"
    if ((rc == 0)); then
        echo "build.sh: all tests passed" >&2
    else
        echo "build.sh: dotnet test failed (exit $rc)" >&2
    fi
    return "$rc"
}

cmd_mariadb() {
    trap mariadb_stop EXIT
    mariadb_start
    echo "# MariaDB is running; press Ctrl-C to stop and delete it." >&2
    # Same line as in "$MARIADB_DIR/env.sh": paste it into a shell or IDE.
    grep SAFETYPORTAL_TEST_MARIADB "$MARIADB_DIR/env.sh"
    # Blocks until Ctrl-C (INT trap -> exit -> EXIT trap stops the server) or
    # until the server dies by itself.
    local rc=0
    wait "$MARIADB_PID" || rc=$?
    echo "build.sh: mariadbd exited by itself (status $rc)" >&2
    return 1
}

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

case ${1:-} in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    mariadb) shift; cmd_mariadb "$@" ;;
    *) usage ;;
esac

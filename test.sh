#!/usr/bin/env bash
# Runs the whole test suite: makes sure the system packages the tests need are present
# (installing them when we are root), runs `dotnet test CallCenter.sln "$@"`, and then
# generates the SQL Server migration script once migrations exist.
#
# The PostgreSQL tests start their own throw-away cluster (see
# tests/CallCenter.Engine.Tests/Infrastructure/PostgresServer.cs); this script only makes
# sure the server binaries exist and exports CALLCENTER_PG_BIN. It never starts the
# system cluster.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

EF_VERSION=10.0.15
TOOLS_DIR="$ROOT/.tools"
ARTIFACTS_DIR="$ROOT/artifacts"
SQLSERVER_MIGRATIONS="src/Migrations/SqlServer/Migrations"

say()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- system packages ---------------------------------------------------------------

# Prints the directory holding initdb, pg_ctl and postgres, or nothing.
find_pg_bin() {
  local dir
  if [[ -n "${CALLCENTER_PG_BIN:-}" ]]; then
    dir=$CALLCENTER_PG_BIN
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && { echo "$dir"; return; }
    warn "CALLCENTER_PG_BIN=$dir does not hold initdb, pg_ctl and postgres; looking elsewhere"
  fi
  # Newest major version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4 -rn); do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && { echo "$dir"; return; }
  done
  if command -v initdb >/dev/null 2>&1; then
    dir=$(dirname "$(readlink -f "$(command -v initdb)")")
    [[ -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && { echo "$dir"; return; }
  fi
}

APT_UPDATED=0
apt_install() {
  # Installs the given Debian packages; returns non-zero if apt-get fails.
  if [[ $APT_UPDATED -eq 0 ]]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  # A policy-rc.d answering 101 stops the package from starting the system cluster:
  # the tests start their own, and a server on 5432 would only be in the way.
  local rc=0
  if [[ ! -e $POLICY_RC_D ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$POLICY_RC_D" && chmod 755 "$POLICY_RC_D" && CREATED_POLICY=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" </dev/null || rc=$?
  remove_policy
  return $rc
}
POLICY_RC_D=/usr/sbin/policy-rc.d
CREATED_POLICY=0
remove_policy() {
  if [[ $CREATED_POLICY -eq 1 ]]; then rm -f "$POLICY_RC_D"; CREATED_POLICY=0; fi
}
# Only ever removes a policy-rc.d this script created, also when it is interrupted.
trap remove_policy EXIT

IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1
CAN_APT=0
[[ $IS_ROOT -eq 1 ]] && command -v apt-get >/dev/null 2>&1 && CAN_APT=1

command -v dotnet >/dev/null 2>&1 || die ".NET SDK not found on PATH: install .NET SDK 10.0.401 (see README.md)."

PG_BIN=$(find_pg_bin || true)
if [[ -z "$PG_BIN" ]]; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install postgresql-15 || apt_install postgresql \
      || die "could not install PostgreSQL 15 (apt-get install postgresql-15 failed)."
    PG_BIN=$(find_pg_bin || true)
  fi
fi
if [[ -z "$PG_BIN" ]]; then
  cat >&2 <<'EOF'
ERROR: PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.
The tests start a throw-away PostgreSQL cluster and need them. Install them as root:

    apt-get update && apt-get install -y postgresql-15

(or run this script as root, which installs them), or point CALLCENTER_PG_BIN at a
directory that holds initdb, pg_ctl and postgres.
EOF
  exit 1
fi
export CALLCENTER_PG_BIN=$PG_BIN
say "PostgreSQL server binaries: $CALLCENTER_PG_BIN ($("$CALLCENTER_PG_BIN/postgres" --version))"

# SIP test peers: the interop tests drive the real server with SIPp (Debian's sip-tester).
if ! command -v sipp >/dev/null 2>&1; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install sip-tester || die "could not install SIPp (apt-get install sip-tester failed)."
  else
    die "SIPp not found: the interop tests need it. Install it as root: apt-get update && apt-get install -y sip-tester"
  fi
fi
say "SIP peer: $(sipp -v 2>/dev/null | grep -o 'SIPp v[^ ]*' | head -1 | sed 's/[.,]$//')"
# ... and baresip (Debian's baresip-core): two softphones calling each other through the B2BUA.
if ! command -v baresip >/dev/null 2>&1; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install baresip-core || die "could not install baresip (apt-get install baresip-core failed)."
  else
    die "baresip not found: the interop tests need it. Install it as root: apt-get update && apt-get install -y --no-install-recommends baresip-core"
  fi
fi
say "SIP peer: baresip $(dpkg-query -W -f='${Version}' baresip-core 2>/dev/null || echo '(version unknown)')"

# Text to speech: the prompt library speaks with espeak-ng (voices cmn and en); its tests synthesise for real.
if ! command -v espeak-ng >/dev/null 2>&1; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install espeak-ng || die "could not install espeak-ng (apt-get install espeak-ng failed)."
  else
    die "espeak-ng not found: the TTS tests need it. Install it as root: apt-get update && apt-get install -y --no-install-recommends espeak-ng"
  fi
fi
say "TTS: $(espeak-ng --version 2>/dev/null | grep -o 'eSpeak NG text-to-speech: [^ ]*' | head -1)"

# Browser: the page tests drive Debian's Chromium headless through Microsoft.Playwright (never `playwright install`).
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install chromium || die "could not install Chromium (apt-get install chromium failed)."
  else
    die "/usr/bin/chromium not found: the page tests need it. Install it as root: apt-get update && apt-get install -y --no-install-recommends chromium"
  fi
fi
say "Browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"

# Excel: ClosedXML 0.95.4 needs Debian's libgdiplus for System.Drawing (AdjustToContents, pictures: report workbooks).
has_libgdiplus() { [[ -n $(ldconfig -p 2>/dev/null | grep 'libgdiplus\.so') || -e /usr/lib/libgdiplus.so ]]; }
if ! has_libgdiplus; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install libgdiplus || die "could not install libgdiplus (apt-get install libgdiplus failed)."
  else
    die "libgdiplus not found: the customer workbook tests need it. Install it as root: apt-get update && apt-get install -y --no-install-recommends libgdiplus"
  fi
fi
say "Excel: libgdiplus $(dpkg-query -W -f='${Version}' libgdiplus 2>/dev/null || echo '(version unknown)')"

# Optional: the sqlite3 CLI, for looking into data/*.db by hand. Never fails the run.
if ! command -v sqlite3 >/dev/null 2>&1; then
  if [[ $CAN_APT -eq 1 ]]; then
    apt_install sqlite3 || warn "could not install the optional sqlite3 CLI; continuing."
  else
    warn "optional sqlite3 CLI not found (apt-get install sqlite3); continuing."
  fi
fi

# --- dotnet-ef (local tool, for the SQL Server migration script) ----------------------

EF="$TOOLS_DIR/dotnet-ef"
ensure_dotnet_ef() {
  if [[ -x "$EF" ]] && "$EF" --version 2>/dev/null | grep -q "^$EF_VERSION"; then
    return 0
  fi
  say "installing dotnet-ef $EF_VERSION into .tools/"
  if [[ -x "$EF" ]]; then
    dotnet tool update --tool-path "$TOOLS_DIR" dotnet-ef --version "$EF_VERSION"
  else
    dotnet tool install --tool-path "$TOOLS_DIR" dotnet-ef --version "$EF_VERSION"
  fi
}
EF_OK=1
ensure_dotnet_ef || EF_OK=0
if [[ $EF_OK -eq 0 ]]; then
  if [[ -d $SQLSERVER_MIGRATIONS ]]; then
    die "could not install dotnet-ef $EF_VERSION, which the SQL Server migration script needs."
  fi
  warn "could not install dotnet-ef $EF_VERSION; not needed yet (no $SQLSERVER_MIGRATIONS)."
fi

# --- tests ------------------------------------------------------------------------------

mkdir -p "$ARTIFACTS_DIR"
TEST_LOG="$ARTIFACTS_DIR/test.log"
# One test project at a time (-m:1): the interop tests run the real Portal, SIP peers and Chromium, and sharing two
# cores with the timing- and allocation-sensitive unit tests made those flake.
say "dotnet test CallCenter.sln -m:1 $*"
set +e
dotnet test CallCenter.sln -m:1 "$@" 2>&1 | tee "$TEST_LOG"
TEST_RC=${PIPESTATUS[0]}
set -e

echo
echo "==================================== summary ===================================="
# Per-project result lines, then any build or test-run errors (deduplicated).
grep -E '^\s*(Passed!|Failed!|Skipped!)' "$TEST_LOG" | sed 's/^ *//' || true
grep -E ': error [A-Z]+[0-9]+|error MSB|Test Run Aborted|The active test run was aborted' "$TEST_LOG" \
  | sed 's/^ *//' | sort -u | head -40 || true
# One plain totals line over every test project, e.g. "tests: 229 passed, 0 failed, 0 skipped".
totals() {
  grep -E '^\s*(Passed!|Failed!)' "$TEST_LOG" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
    | awk '{f+=$1; p+=$2; s+=$3} END {printf "tests: %d passed, %d failed, %d skipped\n", p, f, s}'
}
if [[ $TEST_RC -ne 0 ]]; then
  echo "TESTS FAILED: dotnet test exited with $TEST_RC (full log: artifacts/test.log)"
  echo "================================================================================="
  totals
  exit "$TEST_RC"
fi
echo "TESTS PASSED (full log: artifacts/test.log)"
echo "================================================================================="

# --- SQL Server migration script --------------------------------------------------------

# There is no SQL Server here: CI proves the migrations at least script, and keeps the script.
if [[ -d $SQLSERVER_MIGRATIONS ]]; then
  say "generating the SQL Server migration script: artifacts/sqlserver.sql"
  "$EF" migrations script --idempotent \
    --project src/Migrations/SqlServer --startup-project src/Migrations/SqlServer \
    -o "$ARTIFACTS_DIR/sqlserver.sql" -- --provider SqlServer \
    || die "dotnet-ef could not generate the SQL Server migration script."
  say "artifacts/sqlserver.sql: $(wc -l <"$ARTIFACTS_DIR/sqlserver.sql") lines"
else
  say "no $SQLSERVER_MIGRATIONS yet: SQL Server migration script skipped"
fi

say "all done"
totals

#!/usr/bin/env bash
# Reports benchmark: generate N synthetic calls over a year, time every report query (on the sources alone as the
# baseline, then after folding the hourly report tables), a formatted 100k-row workbook
# and the streamed call-detail export of every call. One process per phase (each phase's peak memory is its own).
# Usage: bench/Reports/run.sh [--quick] [--calls N] [--db sqlite|postgres|both]
# The last line printed is one JSON object with the figures the issue names (of the last database run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
calls=1000000
dbs=sqlite
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) calls=100000; shift ;;
    --calls) calls="$2"; shift 2 ;;
    --db) dbs="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ "$dbs" == both ]] && dbs="sqlite postgres"

work="$(mktemp -d /tmp/callcenter-reports-bench.XXXXXX)"
pg_ctl_bin=""
cleanup() {
  if [[ -n "$pg_ctl_bin" && -f "$work/pg/data/postmaster.pid" ]]; then
    as_postgres "$pg_ctl_bin" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
as_postgres() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The build stays silent unless it fails, so that the report's last line is the JSON object.
if ! dotnet build "$here/CallCenter.Bench.Reports.csproj" -c Release -nologo >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "bench/Reports: build failed" >&2
  exit 1
fi
app=(dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Reports.dll")

start_postgres() {
  local bin
  bin="${CALLCENTER_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
  pg_ctl_bin="$bin/pg_ctl"
  mkdir -p "$work/pg/sock"
  [[ $EUID -eq 0 ]] && chown -R postgres "$work/pg" && chmod 755 "$work"
  as_postgres "$bin/initdb" -D "$work/pg/data" -U postgres -A trust --no-sync >/dev/null
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_postgres "$pg_ctl_bin" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-k $work/pg/sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=64MB" start >/dev/null
  as_postgres "$bin/createdb" -h "$work/pg/sock" -p "$port" -U postgres reports
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=reports;Include Error Detail=true"
}

for db in $dbs; do
  if [[ "$db" == postgres ]]; then connection="$(start_postgres)"; else connection="Data Source=$work/reports.db"; fi
  : >"$work/$db.jsonl"
  # The reports run twice: on the sources alone (the baseline: no hourly tables folded yet), then after the fold.
  for step in generate reports:sources fold reports excel100k cdr1m; do
    phase="${step%%:*}"
    label="${step#*:}"; [[ "$label" == "$step" ]] && label="$phase"
    line="$("${app[@]}" --phase "$phase" --calls "$calls" --db "$db" --connection "$connection" | tail -1)"
    echo "$db $label $line"
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["phase"]=sys.argv[2]; print(json.dumps(d))' "$line" "$label" >>"$work/$db.jsonl"
  done
done

python3 - "$work" $dbs <<'PY'
import json, sys
work, dbs = sys.argv[1], sys.argv[2:]
summary = {}
for db in dbs:
    phases = {}
    for line in open(f"{work}/{db}.jsonl"):
        d = json.loads(line); phases[d["phase"]] = d
    summary[db] = {
        "calls": phases["generate"]["calls"],
        "generate_ms": phases["generate"]["ms"],
        "fold_ms": phases["fold"]["ms"],
        "slowest_report_ms": phases["reports"]["slowest_report_ms"],
        "slowest_report": phases["reports"]["slowest_report"],
        "slowest_report_sources_ms": phases["sources"]["slowest_report_ms"],
        "slowest_report_sources": phases["sources"]["slowest_report"],
        "ratio_sources_vs_hourly": round(phases["sources"]["slowest_report_ms"] / phases["reports"]["slowest_report_ms"], 1),
        "excel_100k_ms": phases["excel100k"]["excel_100k_ms"],
        "excel_100k_peak_mb": phases["excel100k"]["excel_100k_peak_mb"],
        "excel_vs_miniexcel_ratio": phases["excel100k"]["ratio_closedxml_vs_miniexcel"],
        "cdr_export_1m_ms": phases["cdr1m"]["cdr_export_1m_ms"],
        "cdr_export_1m_peak_mb": phases["cdr1m"]["cdr_export_1m_peak_mb"],
    }
last = summary[dbs[-1]]
out = {k: last[k] for k in ["calls", "slowest_report_ms", "excel_100k_ms", "excel_100k_peak_mb", "cdr_export_1m_ms", "cdr_export_1m_peak_mb"]}
out["slowest_report_sources_ms"] = last["slowest_report_sources_ms"]
out["slowest_report_ms_by_db"] = {db: summary[db]["slowest_report_ms"] for db in dbs}
out["db"] = dbs[-1]
print(json.dumps(summary), file=sys.stderr)
print(json.dumps(out))
PY

#!/usr/bin/env bash
# Engine benchmark: our engine in memory (a), on SQLite (b), WorkflowCore in memory (c), one process.
# Usage: bench/Engine/run.sh [--quick] [--n N] [--repeat K] [--parallelism P] [--only engine,sqlite,workflowcore]
# The last line printed is one JSON object with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The build stays silent unless it fails, so that the report's last line is the JSON object.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$here/CallCenter.Bench.Engine.csproj" -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/Engine: build failed" >&2
  exit 1
fi
# Anything the run leaves (SQLite files, once wired) lives in a temp dir the program deletes itself.
dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Engine.dll" "$@"

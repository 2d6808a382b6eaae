#!/usr/bin/env bash
# ACD benchmark: offer-decision time of the in-memory ACD with 10,000 waiting calls and 1,000 agents, against a
# linear-scan baseline in the same process.
# Usage: bench/Acd/run.sh [--quick] [--calls N] [--agents N] [--decisions N] [--seed N]
# The last line printed is one JSON object with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The build stays silent unless it fails, so that the report's last line is the JSON object.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$here/CallCenter.Bench.Acd.csproj" -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/Acd: build failed" >&2
  exit 1
fi
dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Acd.dll" "$@"

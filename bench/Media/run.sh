#!/usr/bin/env bash
# Media micro-benchmark: per-20-ms cost of one call leg's media work (G.711, RTP, statistics, DTMF, tones).
# Usage: bench/Media/run.sh [--quick]
# The last line printed is one JSON object with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$here/CallCenter.Bench.Media.csproj" -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/Media: build failed" >&2
  exit 1
fi
dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Media.dll" "$@"

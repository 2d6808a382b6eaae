#!/usr/bin/env bash
# Mixer micro-benchmark: one 20 ms mix tick of the N-party mixer for 60 and 3 participants, against a naive O(N²) mix-minus.
# Usage: bench/Mixer/run.sh [--quick]
# The last line printed is one JSON object with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$here/CallCenter.Bench.Mixer.csproj" -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/Mixer: build failed" >&2
  exit 1
fi
dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Mixer.dll" "$@"

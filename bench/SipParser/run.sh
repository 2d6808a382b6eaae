#!/usr/bin/env bash
# SIP message parser benchmark (src/Telephony/Sip/Messages), one thread, in process.
# Usage: bench/SipParser/run.sh [--quick]
# The last line printed is one JSON object with the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$here/CallCenter.Bench.SipParser.csproj" -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/SipParser: build failed" >&2
  exit 1
fi
dotnet "$here/bin/Release/net10.0/CallCenter.Bench.SipParser.dll" "$@"

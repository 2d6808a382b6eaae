#!/usr/bin/env bash
# Designer responsiveness: the real Portal (Release, a throw-away data folder), a generated 150-activity flow (Answer →
# 148 Play/Log steps → Hangup, chained, in a grid) imported through the designer's import form, then headless Chromium
# opens it at /designer/<id> (time from navigation start until all 150 nodes are in the DOM) and drags 50 nodes by
# their title bars 40 px (pointerdown → the node's new position in the DOM). Baseline in the same run: a 10-activity
# flow opened and dragged the same way.
# Usage: bench/Designer/run.sh [--quick] [--moves N] [--opens N] [--steps N] [--keep]
#   --quick: 20 moves, 1 measured open; --steps: pointermoves per 40 px drag (default 1; each adds about a frame)
# The last line printed is {"open_150_ms":…,"move_p95_ms":…,"move_p50_ms":…,"open_10_ms":…,…}.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[[ -x /usr/bin/chromium ]] || { echo "bench/Designer/run.sh: /usr/bin/chromium missing (apt-get install chromium)" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build "$root/src/Portal/CallCenter.Portal.csproj" -c Release -nologo -v q >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
dotnet build "$here/CallCenter.Bench.Designer.csproj" -c Release -nologo -v q >>"$log" 2>&1 || { cat "$log" >&2; exit 1; }
echo "built" >&2
exec dotnet "$here/bin/Release/net10.0/CallCenter.Bench.Designer.dll" --portal-dll "$root/src/Portal/bin/Release/net10.0/CallCenter.Portal.dll" "$@"

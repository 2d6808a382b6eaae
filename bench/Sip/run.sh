#!/usr/bin/env bash
# SIP call-rate benchmark: steps SIPp's call rate against the Portal's *43 (INVITE/200/ACK/BYE, no media)
# until more than 0.1 % of calls fail, and in the same run against a SIPp UAS (this machine's ceiling).
# Usage: bench/Sip/run.sh [--quick]. Last line: one JSON object.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
quick=0; [[ "${1:-}" == "--quick" ]] && quick=1
command -v sipp >/dev/null || { echo "bench/Sip: SIPp missing (apt-get install sip-tester)" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 10000)); }
wait_udp() { for _ in $(seq 1 300); do ss -lun | grep -q ":$1 " && return 0; sleep 0.1; done; echo "nothing listens on udp $1" >&2; return 1; }

dotnet build "$root/src/Portal/CallCenter.Portal.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
portal_port=$(free_port)
(cd "$work" && exec dotnet "$root/src/Portal/bin/Release/net10.0/CallCenter.Portal.dll" --urls "http://127.0.0.1:0" \
   --Telephony:Sip:Udp="127.0.0.1:$portal_port" --Telephony:Sip:Tcp="" \
   --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning >"$work/portal.log" 2>&1) &
pids+=($!)
uas_port=$(free_port)
(cd "$work" && exec sipp -sf "$here/uas.xml" -i 127.0.0.1 -p "$uas_port" -mp $((uas_port + 2)) -nostdin >/dev/null 2>&1) &
pids+=($!)
wait_udp "$portal_port"; wait_udp "$uas_port"
sleep 1  # let the Portal finish its start-up work (JIT of the first calls happens in the warm-up step)

if [[ $quick -eq 1 ]]; then rates=(100 300 600 1000 1500); seconds=3; else rates=(100 400 1000 1600 2000 2500 3000 3500 4000 5000 6000 8000); seconds=8; fi

# One step: prints "calls failed elapsed_ms" for a rate against a target.
step() {
  local target=$1 rate=$2 calls=$(( $2 * seconds )) csv="$work/stat_$1_$2.csv" start end
  start=$(date +%s%N)
  timeout $((seconds + 40)) sipp "127.0.0.1:$target" -sf "$here/uac.xml" -s '*43' -i 127.0.0.1 -p "$(free_port)" -mi 127.0.0.1 \
     -r "$rate" -m "$calls" -l 5000 -nostdin -timeout $((seconds + 30))s -trace_stat -stf "$csv" -fd 1 >/dev/null 2>&1 || true
  # Last line of the statistics: SuccessfulCall(C) and FailedCall(C) columns.
  awk -F';' -v calls="$calls" 'NR==1 { for (i=1;i<=NF;i++) { if ($i=="SuccessfulCall(C)") s=i; if ($i=="FailedCall(C)") f=i } }
       END { ok=$s+0; failed=$f+0; lost=calls-ok-failed; if (lost<0) lost=0; printf "%d %d ", calls, failed+lost }' "$csv" 2>/dev/null || printf "%d %d " "$calls" "$calls"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

ramp() {
  local target=$1 label=$2 best=0 best_fail="null"
  step "$target" 50 >/dev/null   # warm-up
  for rate in "${rates[@]}"; do
    read -r calls failed elapsed < <(step "$target" "$rate")
    pct=$(awk -v f="$failed" -v c="$calls" 'BEGIN { printf "%.3f", (c > 0 ? 100 * f / c : 100) }')
    achieved=$(awk -v c="$calls" -v f="$failed" -v ms="$elapsed" 'BEGIN { printf "%d", (c - f) * 1000 / ms }')
    echo "$label: asked $rate calls/s for ${seconds}s: $calls calls in $elapsed ms ($achieved/s achieved), $failed failed ($pct %)" >&2
    # A step holds when failures stay within 0.1 % and the calls were placed at (nearly) the asked rate.
    if awk -v p="$pct" -v a="$achieved" -v r="$rate" 'BEGIN { exit !(p <= 0.1 && a >= 0.85 * r) }'; then best=$achieved; best_fail=$pct; else break; fi
  done
  echo "$best $best_fail"
}

read -r max_cps failed_at_max < <(ramp "$portal_port" "portal *43")
read -r uas_cps _ < <(ramp "$uas_port" "SIPp UAS")
ratio=$(awk -v a="$max_cps" -v b="$uas_cps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "null" }')
echo "calls/s achieved at the highest step that held (<= 0.1 % failures, >= 85 % of the asked rate): portal $max_cps, SIPp UAS $uas_cps (ratio $ratio); concurrency figures: not measured yet" >&2
printf '{"max_cps":%s,"sipp_uas_max_cps":%s,"ratio_vs_sipp_uas":%s,"failed_pct_at_max":%s,"concurrent_calls":null,"rtp_interval_p99_ms":null,"tick_lateness_p99_ms":null}\n' \
  "$max_cps" "$uas_cps" "$ratio" "$failed_at_max"

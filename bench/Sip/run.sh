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
http_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
# The stats API needs a key: an Admin key of this run only (WebCti:BootstrapApiKey).
key="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
(cd "$work" && exec dotnet "$root/src/Portal/bin/Release/net10.0/CallCenter.Portal.dll" --urls "http://127.0.0.1:$http_port" \
   --Telephony:Sip:Udp="127.0.0.1:$portal_port" --Telephony:Sip:Tcp="" --WebCti:BootstrapApiKey="$key" \
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

# --- concurrency: N calls held to *45 (a tone every 20 ms), the media clock's lateness and RTP intervals ---
if [[ $quick -eq 1 ]]; then concurrent=200; hold_ms=15000; else concurrent=1000; hold_ms=60000; fi
if ! command -v tshark >/dev/null && [[ $(id -u) -eq 0 ]]; then
  echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections 2>/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends tshark >"$work/apt.log" 2>&1 || true
fi
held_rate=100
timeout $(( hold_ms / 1000 + concurrent / held_rate + 60 )) sipp "127.0.0.1:$portal_port" -sf "$here/uac_hold.xml" -s '*45' -i 127.0.0.1 -p "$(free_port)" \
   -mi 127.0.0.1 -mp "$(free_port)" -r "$held_rate" -l "$concurrent" -m "$concurrent" -d "$hold_ms" -nostdin \
   -timeout $(( hold_ms / 1000 + concurrent / held_rate + 40 ))s -trace_stat -stf "$work/held.csv" -fd 1 >/dev/null 2>&1 &
held_pid=$!
sleep $(( concurrent / held_rate + 3 ))                  # all calls up
curl -s -H "X-Api-Key: $key" -X POST "http://127.0.0.1:$http_port/api/v1/telephony/stats/reset" >/dev/null || true
rtp_p99=null; rtp_dev_p99=null
if command -v tshark >/dev/null; then
  timeout 20 tshark -q -i lo -s 64 -a duration:5 -f "udp and src portrange 20000-29999 and dst host 127.0.0.1" -w "$work/rtp.pcap" >/dev/null 2>&1 || true
  rtp_p99=$(tshark -r "$work/rtp.pcap" -T fields -e udp.srcport -e frame.time_epoch 2>/dev/null \
    | awk '{ if ($1 in last) print ($2 - last[$1]) * 1000; last[$1] = $2 }' | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "null"; else { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.3f", v[i] } }')
  # Deviation from the 20 ms packetisation (|interval - 20|): what a phone's jitter buffer absorbs.
  rtp_dev_p99=$(tshark -r "$work/rtp.pcap" -T fields -e udp.srcport -e frame.time_epoch 2>/dev/null \
    | awk '{ if ($1 in last) { d = ($2 - last[$1]) * 1000 - 20; print (d < 0 ? -d : d) } last[$1] = $2 }' | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "null"; else { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.3f", v[i] } }')
  # Loss: per stream (SSRC), sequence numbers expected minus received in the sample (RFC 3550 A.3);
  # frames the server skipped (timestamp steps of more than one 20 ms frame) are counted apart.
  read -r rtp_loss_pct rtp_skipped < <(tshark -r "$work/rtp.pcap" -o rtp.heuristic_rtp:TRUE -Y rtp -T fields -e rtp.ssrc -e rtp.seq -e rtp.timestamp 2>/dev/null \
    | awk '{ s = $1; q = $2 + 0; t = $3 + 0
             if (!(s in first)) { first[s] = q; ext[s] = q; hi[s] = q; n[s] = 0 }
             else { d = q - last[s]; if (d < -32768) d += 65536; if (d > 32768) d -= 65536; ext[s] += d; if (ext[s] > hi[s]) hi[s] = ext[s]
                    dt = t - lastts[s]; if (dt < 0) dt += 4294967296; if (d == 1 && dt > 160) skipped += dt / 160 - 1 }
             last[s] = q; lastts[s] = t; n[s]++ }
           END { for (s in n) { expected += hi[s] - first[s] + 1; received += n[s] }
                 if (expected == 0) print "null null"; else printf "%.4f %d\n", 100 * (expected - received) / expected, skipped }')
else
  sleep 5
fi
rtp_loss_pct=${rtp_loss_pct:-null}; rtp_skipped=${rtp_skipped:-null}
stats=$(curl -s -H "X-Api-Key: $key" "http://127.0.0.1:$http_port/api/v1/telephony/stats" || echo '{}')
streams=$(echo "$stats" | grep -o '"streams":[0-9]*' | cut -d: -f2); streams=${streams:-null}
tick_p50=$(echo "$stats" | grep -o '"latenessP50Ms":[0-9.]*' | cut -d: -f2); tick_p50=${tick_p50:-null}
tick_p99=$(echo "$stats" | grep -o '"latenessP99Ms":[0-9.]*' | cut -d: -f2); tick_p99=${tick_p99:-null}
tick_max=$(echo "$stats" | grep -o '"latenessMaxMs":[0-9.]*' | cut -d: -f2); tick_max=${tick_max:-null}
echo "held calls: $streams concurrent streams of *45 tone; media clock lateness p50 $tick_p50 ms, p99 $tick_p99 ms, max $tick_max ms; RTP inter-packet p99 $rtp_p99 ms, deviation from 20 ms p99 $rtp_dev_p99 ms, loss $rtp_loss_pct %, frames skipped by the server $rtp_skipped (tshark sample)" >&2
wait "$held_pid" || true
held_failed=$(awk -F';' 'NR==1 { for (i=1;i<=NF;i++) if ($i=="FailedCall(C)") f=i } END { print $f+0 }' "$work/held.csv" 2>/dev/null || echo "?")
echo "held calls failed: $held_failed of $concurrent" >&2

read -r max_cps failed_at_max < <(ramp "$portal_port" "portal *43")
read -r uas_cps _ < <(ramp "$uas_port" "SIPp UAS")
ratio=$(awk -v a="$max_cps" -v b="$uas_cps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "null" }')
echo "calls/s achieved at the highest step that held (<= 0.1 % failures, >= 85 % of the asked rate): portal $max_cps, SIPp UAS $uas_cps (ratio $ratio)" >&2
printf '{"max_cps":%s,"sipp_uas_max_cps":%s,"ratio_vs_sipp_uas":%s,"failed_pct_at_max":%s,"concurrent_calls":%s,"rtp_interval_p99_ms":%s,"tick_lateness_p99_ms":%s,"rtp_deviation_p99_ms":%s,"rtp_loss_pct":%s,"rtp_frames_skipped":%s,"held_calls_failed":%s}\n' \
  "$max_cps" "$uas_cps" "$ratio" "$failed_at_max" "$streams" "$rtp_p99" "$tick_p99" "$rtp_dev_p99" "$rtp_loss_pct" "$rtp_skipped" "$held_failed"

#!/usr/bin/env bash
# ACD end-to-end benchmark: SIPp callers → the Portal's queue (flow Start → Enqueue) → N agents, each an extension
# registered by a SIPp phone that answers at once, talks --talk-ms and hangs up. Steps the callers' rate until more
# than 0.1 % of the calls are not connected to an agent or the connected rate falls behind; then the same ladder
# against a number whose flow rings one agent extension directly (Transfer, no ACD): the baseline.
# Usage: bench/Acd/e2e.sh [--quick] [--agents N] [--talk-ms MS] [--seconds S] [--rates "10 20 40"] [--keep] [--trace]
# (--keep: the work folder is kept; --trace: also the agents' phones' SIP messages, which costs at high rates)
# The last line printed is one JSON object with the figures.
set -euo pipefail
t0=$(date +%s%N)
since() { echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
e2e="$here/e2e"
quick=0; agents=200; talk_ms=300; seconds=""; rates=""; keep=0; trace=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1 ;;
    --agents) agents=$2; shift ;;
    --talk-ms) talk_ms=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --rates) rates=$2; shift ;;
    --keep) keep=1 ;;
    --trace) keep=1; trace=1 ;;
    *) echo "bench/Acd/e2e.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $quick -eq 1 ]]; then seconds=${seconds:-3}; rates=${rates:-"30 60"}; warm=1; [[ $agents -eq 200 ]] && agents=60
else seconds=${seconds:-10}; rates=${rates:-"40 80 120 160 200 240 280 320 360"}; warm=3; fi
command -v sipp >/dev/null || { echo "bench/Acd/e2e.sh: SIPp missing (apt-get install sip-tester)" >&2; exit 2; }
command -v python3 >/dev/null && command -v curl >/dev/null || { echo "bench/Acd/e2e.sh: needs python3 and curl" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  if [[ $keep -eq 1 ]]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_udp() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
free_tcp() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_udp() { for _ in $(seq 1 600); do ss -lun | grep -q ":$1 " && return 0; sleep 0.1; done; echo "nothing listens on udp $1" >&2; return 1; }
# json_field JSON a.b: the value at that path, "null" when missing.
json_field() {
  python3 -c 'import json, sys
v = json.loads(sys.argv[1])
for k in sys.argv[2].split("."): v = v.get(k) if isinstance(v, dict) else None
print("null" if v is None else json.dumps(v, separators=(",", ":")) if isinstance(v, (dict, list)) else v)' "$1" "$2"
}

dotnet build "$root/src/Portal/CallCenter.Portal.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
echo "built ($(since))" >&2

queue_number=4009000001; direct_number=4009000002; password="acd-bench-$RANDOM$RANDOM"
first_ext=3001; first_agent=7001
# The flows: a copy of the benchmark's two, the baseline ringing the first agent's extension.
mkdir -p "$work/flows"
cp "$e2e/flows/acd-bench.json" "$work/flows/"
sed "s/BASELINE_EXTENSION/$first_ext/" "$e2e/flows/direct-bench.json" >"$work/flows/direct-bench.json"
# Extensions through the demo seeder's option (fresh database: it creates them with the one known password).
ext_args=()
for ((i = 0; i < agents; i++)); do ext_args+=("--DemoData:ExtensionNumbers:$i=$((first_ext + i))"); done

portal_port=$(free_udp); http_port=$(free_tcp); agents_port=$(free_udp)
api="http://127.0.0.1:$http_port/api/v1"
# The API needs a key: an Admin key of this run only (WebCti:BootstrapApiKey).
key="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
(cd "$work" && exec dotnet "$root/src/Portal/bin/Release/net10.0/CallCenter.Portal.dll" --urls "http://127.0.0.1:$http_port" \
   --Telephony:Sip:Udp="127.0.0.1:$portal_port" --Telephony:Sip:Tcp="" --Workflows:Folder="$work/flows" \
   --DemoData:ExtensionPassword="$password" --WebCti:BootstrapApiKey="$key" "${ext_args[@]}" \
   --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning >"$work/portal.log" 2>&1) &
pids+=($!); portal_pid=$!
wait_udp "$portal_port"
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$http_port/health" >/dev/null && break; sleep 0.1; done
echo "portal started ($(since))" >&2

# Agents (group acd-bench, each on its extension), the queue (longest idle, no wrap-up, not recorded), the routes.
# The first agent creates the group; the others are created four at a time.
create_agent() {
  local i=$1 code
  code=$(curl -s -o "$work/agent_$i.json" -w '%{http_code}' -X POST "$api/agents" -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
    -d "{\"number\":\"$((first_agent + i))\",\"name\":\"Bench agent $((i + 1))\",\"extension\":\"$((first_ext + i))\",\"groups\":[\"acd-bench\"]}")
  [[ $code == 201 ]] || { echo "bench/Acd/e2e.sh: creating agent $((first_agent + i)) answered $code: $(cat "$work/agent_$i.json")" >&2; return 1; }
}
export -f create_agent; export work api key first_agent first_ext
create_agent 0
seq 1 $((agents - 1)) | xargs -r -P 4 -I{} bash -c 'create_agent {}' || exit 1
echo "agents created ($(since))" >&2
code=$(curl -s -o "$work/queue.json" -w '%{http_code}' -X PUT "$api/queues/acd-bench" -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
  -d '{"displayName":"ACD benchmark","strategy":"LongestIdle","wrapUpSeconds":0,"recordCalls":false,"members":[{"group":"acd-bench"}]}')
[[ $code == 201 ]] || { echo "bench/Acd/e2e.sh: creating the queue answered $code: $(cat "$work/queue.json")" >&2; exit 1; }
python3 - "$work/data/callcenter.db" "$queue_number" "$direct_number" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
for number, flow in ((sys.argv[2], "acd-bench"), (sys.argv[3], "direct-bench")):
    db.execute("INSERT INTO inbound_routes (CalledNumber, CallerPattern, WorkflowDefinitionId, Priority, Enabled, Description) "
               "VALUES (?, NULL, ?, 0, 1, 'bench/Acd/e2e.sh')", (number, flow))
db.commit()
PY

# The agents' phones: one SIPp registers every extension from its socket, then answers each INVITE (-oocsf).
{ echo SEQUENTIAL; for ((i = 0; i < agents; i++)); do echo "$((first_ext + i));[authentication username=$((first_ext + i)) password=$password]"; done; } >"$work/agents.csv"
(cd "$work" && exec sipp "127.0.0.1:$portal_port" -sf "$e2e/agent_register.xml" -oocsf "$e2e/agent_answer.xml" -inf "$work/agents.csv" \
   -i 127.0.0.1 -p "$agents_port" -mi 127.0.0.1 -mp "$(free_udp)" -r 200 -m "$agents" -l $((agents + 5000)) -d "$talk_ms" -nostdin \
   -trace_logs -log_file "$work/agents_log.log" -trace_err -error_file "$work/agents_err.log" $([[ $trace -eq 1 ]] && echo "-trace_msg -message_file $work/agents_msg.log") >/dev/null 2>&1) &
pids+=($!)
for _ in $(seq 1 300); do [[ $(grep -c '^REGISTERED' "$work/agents_log.log" 2>/dev/null || true) -ge $agents ]] && break; sleep 0.1; done
registered=$(grep -c '^REGISTERED' "$work/agents_log.log" 2>/dev/null || true)
[[ $registered -ge $agents ]] || { echo "bench/Acd/e2e.sh: only $registered of $agents agent phones registered" >&2; exit 1; }
seq 0 $((agents - 1)) | xargs -P 4 -I{} bash -c 'code=$(curl -s -o /dev/null -w "%{http_code}" -H "X-Api-Key: $key" -X POST "$0/agents/$(( $1 + {} ))/login")
  [[ $code == 200 ]] || { echo "bench/Acd/e2e.sh: login of agent $(( $1 + {} )) answered $code" >&2; exit 1; }' "$api" "$first_agent" || exit 1
ready=$(json_field "$(curl -s -H "X-Api-Key: $key" "$api/acd/queues/acd-bench")" agents.Ready)
[[ $ready == "$agents" ]] || { echo "bench/Acd/e2e.sh: $ready of $agents agents Ready in the queue" >&2; exit 1; }
echo "$(since): $agents agents (extensions $first_ext-$((first_ext + agents - 1))) registered and Ready; talk ${talk_ms} ms (agent capacity ≈ $(( agents * 1000 / (talk_ms + 120) )) calls/s)" >&2

echo 0 >"$work/steps"   # steps are numbered in a file: they run in subshells
# One step: `calls` calls to `number` at `rate` calls/s; prints "calls failed elapsed_ms report-json".
step() {
  local number=$1 rate=$2 calls=$(( $2 * ${3:-$seconds} )) csv prefix start end sipp_ok sipp_failed report connected
  local step_no=$(( $(cat "$work/steps") + 1 )); echo "$step_no" >"$work/steps"
  prefix=$(printf '13%02d0' "$step_no"); csv="$work/stat_$step_no.csv"
  start=$(date +%s%N)
  timeout $((seconds + 60)) sipp "127.0.0.1:$portal_port" -sf "$e2e/caller.xml" -s "$number" -key caller_prefix "$prefix" \
     -i 127.0.0.1 -p "$(free_udp)" -mi 127.0.0.1 -mp "$(free_udp)" -r "$rate" -m "$calls" -l 5000 -nostdin \
     -timeout $((seconds + 45))s -trace_stat -stf "$csv" -fd 1 -trace_err -error_file "$work/callers_err_$step_no.log" >/dev/null 2>"$work/sipp_$step_no.err" || true
  end=$(date +%s%N)
  read -r sipp_ok sipp_failed < <(awk -F';' 'NR==1 { for (i=1;i<=NF;i++) { if ($i=="SuccessfulCall(C)") s=i; if ($i=="FailedCall(C)") f=i } }
       END { printf "%d %d\n", $s+0, $f+0 }' "$csv" 2>/dev/null || echo "0 0")
  report=$(python3 "$e2e/report.py" "$work/data/callcenter.db" "$number" "$prefix" "$calls" --wait 20)
  connected=$(json_field "$report" connected)
  # A call counts when SIPp completed it and the server connected it to an agent (a BYE alone proves nothing).
  (( connected > sipp_ok )) && connected=$sipp_ok
  if (( connected < calls )); then
    # What went wrong, for the log: the callers' and the agents' SIPp failure reasons, the Portal's warnings.
    { echo "  step $step_no: $sipp_ok completed by SIPp, $sipp_failed failed; callers' SIPp: $(grep -ao 'Aborting call on [a-zA-Z ]*\|while expecting [^)]*)' "$work/callers_err_$step_no.log" 2>/dev/null | sort | uniq -c | tr '\n' ';')"
      echo "  agents' SIPp so far: $(grep -ao 'Aborting call on [a-zA-Z ]*\|while expecting [^)]*)' "$work/agents_err.log" 2>/dev/null | sort | uniq -c | tr '\n' ';')"
      echo "  portal warnings/errors so far: $(( $(grep -c '^warn\|^fail\|^crit' "$work/portal.log" || true) - $(grep -c 'Demo extension' "$work/portal.log" || true) )) (first error: $(grep -A1 '^fail\|^crit' "$work/portal.log" | head -2 | tr '\n' ' ' | cut -c1-300))"; } >&2
  fi
  echo "$calls $(( calls - connected )) $(( (end - start) / 1000000 )) $report"
}

# One step against one number, logged; sets held=1 when at most 0.1 % of its calls were not connected and they were
# connected at >= 85 % of the asked rate, and leaves the step's report in last_report / last_pct.
run_step() {
  local number=$1 label=$2 rate=$3 calls failed elapsed report pct cps cpu0 cpu1 cpu_pct cpu_per_call
  cpu0=$(awk '{ print $14 + $15 }' "/proc/$portal_pid/stat")
  read -r calls failed elapsed report < <(step "$number" "$rate")
  cpu1=$(awk '{ print $14 + $15 }' "/proc/$portal_pid/stat")
  cpu_pct=$(awk -v a="$cpu0" -v b="$cpu1" -v ms="$elapsed" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%d", (b - a) * 100000 / hz / ms }')
  cpu_per_call=$(awk -v a="$cpu0" -v b="$cpu1" -v c="$calls" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) * 1000 / hz / c }')
  pct=$(awk -v f="$failed" -v c="$calls" 'BEGIN { printf "%.3f", (c > 0 ? 100 * f / c : 100) }')
  cps=$(json_field "$report" connected_cps)
  echo "$(since): $label: asked $rate calls/s for ${seconds}s: $calls calls, $failed not connected ($pct %), connected at $cps/s;" \
       "outcomes $(json_field "$report" outcomes), $(json_field "$report" waited_for_agent) waited for a free agent; portal CPU $cpu_pct % of one core ($cpu_per_call ms per call), $(awk '/^Threads/ { print $2 }' "/proc/$portal_pid/status") threads;" \
       "enter→offer p50/p99 $(json_field "$report" enter_to_offer_ms.p50)/$(json_field "$report" enter_to_offer_ms.p99) ms," \
       "offer→answer p50/p99 $(json_field "$report" offer_to_answer_ms.p50)/$(json_field "$report" offer_to_answer_ms.p99) ms," \
       "phone's own answer p50/p99 $(json_field "$report" phone_answer_ms.p50)/$(json_field "$report" phone_answer_ms.p99) ms," \
       "flow activity start→agent INVITE p50/p99 $(json_field "$report" activity_to_invite_ms.p50)/$(json_field "$report" activity_to_invite_ms.p99) ms" >&2
  last_report=$report; last_pct=$pct; last_cpu=$cpu_per_call; held=0
  if [[ $cps != null ]] && awk -v p="$pct" -v a="$cps" -v r="$rate" 'BEGIN { exit !(p <= 0.1 && a >= 0.85 * r) }'; then held=1; fi
}

# Warm-up of both paths (JIT, first database writes), then the two ladders interleaved rate by rate, so that both see
# the same machine (the cores are shared); each stops at its first step that does not hold.
step "$queue_number" 20 "$warm" >/dev/null
step "$direct_number" 20 "$warm" >/dev/null
acd_on=1; direct_on=1; acd_rate=0; acd_pct=null; acd_report='{}'; acd_cpu=null; direct_rate=0; direct_report='{}'; direct_cpu=null
for rate in $rates; do
  if [[ $acd_on -eq 1 ]]; then
    run_step "$queue_number" "queue (ACD)" "$rate"
    if [[ $held -eq 1 ]]; then acd_rate=$rate; acd_pct=$last_pct; acd_report=$last_report; acd_cpu=$last_cpu; else acd_on=0; fi
  fi
  if [[ $direct_on -eq 1 ]]; then
    run_step "$direct_number" "direct (Transfer, no ACD)" "$rate"
    if [[ $held -eq 1 ]]; then direct_rate=$rate; direct_report=$last_report; direct_cpu=$last_cpu; else direct_on=0; fi
  fi
  [[ $acd_on -eq 1 || $direct_on -eq 1 ]] || break
done
[[ $acd_on -eq 1 ]] && echo "the queue's ladder held to its top: its figure is a lower bound, not the ceiling" >&2
f() { json_field "$1" "$2"; }
acd_cps=$(f "$acd_report" connected_cps); direct_cps=$(f "$direct_report" connected_cps)
ratio=$(awk -v a="$acd_cps" -v b="$direct_cps" 'BEGIN { if (a != "null" && b != "null" && b > 0) printf "%.3f", a / b; else print "null" }')
echo "highest step that held: queue $acd_rate calls/s asked ($acd_cps connected/s), direct $direct_rate calls/s asked ($direct_cps/s); ratio $ratio" >&2
printf '{"acd_e2e_connected_cps":%s,"acd_e2e_failed_pct":%s,"acd_enter_to_offer_p50_ms":%s,"acd_enter_to_offer_p99_ms":%s,"acd_offer_to_answer_p50_ms":%s,"acd_offer_to_answer_p99_ms":%s,"acd_added_wait_p50_ms":%s,"acd_added_wait_p99_ms":%s,"agent_phone_answer_p50_ms":%s,"agent_phone_answer_p99_ms":%s,"queue_to_invite_p50_ms":%s,"queue_to_invite_p99_ms":%s,"direct_to_invite_p50_ms":%s,"direct_to_invite_p99_ms":%s,"acd_calls_waited_for_agent":%s,"acd_cpu_ms_per_call":%s,"direct_cpu_ms_per_call":%s,"agents":%s,"talk_ms":%s,"acd_asked_cps":%s,"baseline_cps":%s,"ratio":%s,"load_average_1m":"%s"}\n' \
  "$acd_cps" "$acd_pct" "$(f "$acd_report" enter_to_offer_ms.p50)" "$(f "$acd_report" enter_to_offer_ms.p99)" \
  "$(f "$acd_report" offer_to_answer_ms.p50)" "$(f "$acd_report" offer_to_answer_ms.p99)" \
  "$(f "$acd_report" acd_added_ms.p50)" "$(f "$acd_report" acd_added_ms.p99)" "$(f "$acd_report" phone_answer_ms.p50)" "$(f "$acd_report" phone_answer_ms.p99)" \
  "$(f "$acd_report" activity_to_invite_ms.p50)" "$(f "$acd_report" activity_to_invite_ms.p99)" \
  "$(f "$direct_report" activity_to_invite_ms.p50)" "$(f "$direct_report" activity_to_invite_ms.p99)" \
  "$(f "$acd_report" waited_for_agent)" "$acd_cpu" "$direct_cpu" "$agents" "$talk_ms" "$acd_rate" "$direct_cps" "$ratio" "$(cut -d' ' -f1 /proc/loadavg)"

#!/usr/bin/env bash
# Screen-pop latency: SIPp callers → the Portal's queue (flow Start → Enqueue) → agents whose SIPp phones answer at once;
# a WebCTI client (ScreenPopBench) subscribed to all agents on /hubs/cti takes, for each call's `offered` event, its
# arrival time − the pop's serverInviteAt (when the INVITE reached the server; one machine, one clock). Every caller is
# a known customer with tickets; the warm-up calls come from the same numbers, so pops also carry recent calls.
# Baseline in the same run: INVITE → the ACD's offer (no CTI work) and the hub's raw Ping round trip.
# Usage: bench/Portal/run.sh [--quick] [--calls N] [--rate CPS] [--agents N] [--talk-ms MS] [--keep]
# The last line printed is {"screen_pop_p50_ms":…,"screen_pop_p95_ms":…}.
set -euo pipefail
t0=$(date +%s%N)
since() { echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
phones="$root/bench/Acd/e2e"   # the agents' SIPp phones and the caller of the ACD benchmark
calls=200; rate=10; agents=10; talk_ms=300; warm=30; keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) calls=50; warm=10 ;;
    --calls) calls=$2; shift ;;
    --rate) rate=$2; shift ;;
    --agents) agents=$2; shift ;;
    --talk-ms) talk_ms=$2; shift ;;
    --keep) keep=1 ;;
    *) echo "bench/Portal/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
command -v sipp >/dev/null || { echo "bench/Portal/run.sh: SIPp missing (apt-get install sip-tester)" >&2; exit 2; }
command -v python3 >/dev/null && command -v curl >/dev/null || { echo "bench/Portal/run.sh: needs python3 and curl" >&2; exit 2; }
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
field() { python3 -c 'import json, sys; v = json.loads(sys.argv[1]).get(sys.argv[2]); print("null" if v is None else v)' "$1" "$2"; }

dotnet build "$root/src/Portal/CallCenter.Portal.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build "$here/ScreenPopBench/CallCenter.Bench.ScreenPop.csproj" -c Release -nologo -v q >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
echo "built ($(since))" >&2

number=4009100001; password="pop-bench-$RANDOM$RANDOM"; first_ext=3001; first_agent=7001; prefix=1391
ext_args=()
for ((i = 0; i < agents; i++)); do ext_args+=("--DemoData:ExtensionNumbers:$i=$((first_ext + i))"); done
portal_port=$(free_udp); http_port=$(free_tcp); agents_port=$(free_udp)
base="http://127.0.0.1:$http_port"; api="$base/api/v1"
# The API and the hub need a key: an Admin key of this run only (WebCti:BootstrapApiKey).
key="pop-bench-key-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(cd "$work" && exec dotnet "$root/src/Portal/bin/Release/net10.0/CallCenter.Portal.dll" --urls "$base" \
   --Telephony:Sip:Udp="127.0.0.1:$portal_port" --Telephony:Sip:Tcp="" --Workflows:Folder="$here/flows" \
   --DemoData:ExtensionPassword="$password" --WebCti:BootstrapApiKey="$key" "${ext_args[@]}" \
   --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning >"$work/portal.log" 2>&1) &
pids+=($!)
wait_udp "$portal_port"
for _ in $(seq 1 300); do curl -sf "$base/health" >/dev/null && break; sleep 0.1; done
echo "portal started ($(since))" >&2

for ((i = 0; i < agents; i++)); do
  body="{\"number\":\"$((first_agent + i))\",\"name\":\"Bench agent $((i + 1))\",\"extension\":\"$((first_ext + i))\",\"groups\":[\"pop-bench\"]}"
  code=$(curl -s -o "$work/agent.json" -w '%{http_code}' -X POST "$api/agents" -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d "$body")
  [[ $code == 201 ]] || { echo "bench/Portal/run.sh: creating agent $((first_agent + i)) answered $code: $(cat "$work/agent.json")" >&2; exit 1; }
done
code=$(curl -s -o "$work/queue.json" -w '%{http_code}' -X PUT "$api/queues/pop-bench" -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
  -d '{"displayName":"Screen-pop benchmark","strategy":"LongestIdle","wrapUpSeconds":0,"recordCalls":false,"members":[{"group":"pop-bench"}]}')
[[ $code == 201 ]] || { echo "bench/Portal/run.sh: creating the queue answered $code: $(cat "$work/queue.json")" >&2; exit 1; }
# The route, and a customer with two tickets for every caller number ([prefix][call number], SIPp counts from 1).
python3 - "$work/data/callcenter.db" "$number" "$prefix" "$calls" <<'PY'
import sqlite3, sys
from datetime import datetime, timezone, timedelta
db = sqlite3.connect(sys.argv[1], timeout=30)
number, prefix, calls = sys.argv[2], sys.argv[3], int(sys.argv[4])
db.execute("INSERT INTO inbound_routes (CalledNumber, CallerPattern, WorkflowDefinitionId, Priority, Enabled, Description) "
           "VALUES (?, NULL, 'screen-pop-bench', 0, 1, 'bench/Portal/run.sh')", (number,))
now = datetime.now(timezone.utc)
day = (now - timedelta(days=3)).date()
for n in range(0, calls + 1):
    created = (now - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    cur = db.execute("INSERT INTO customers (Name, custom_fields, IsVip, MemberNumber, PinHash, LastAgent, LastContactAt, CreatedAt) "
                     "VALUES (?, ?, ?, NULL, NULL, NULL, NULL, ?)", (f"Bench customer {n}", '{"district":"福田区"}', n % 10 == 0, created))
    db.execute("INSERT INTO customer_phones (CustomerId, Number, Label) VALUES (?, ?, 'mobile')", (cur.lastrowid, f"{prefix}{n}"))
    for k in (0, 1):
        seq = 1000 + 2 * n + k
        db.execute("INSERT INTO tickets (Number, Day, DaySequence, Category, CallerNumber, RecordingPath, Status, Description, WorkflowInstanceId, CreatedAt) "
                   "VALUES (?, ?, ?, 'complaint', ?, NULL, 'New', 'bench', NULL, ?)",
                   (f"T{day:%Y%m%d}-{seq:04d}", day.isoformat(), seq, f"{prefix}{n}", created))
db.commit()
PY
echo "$((calls + 1)) customers with 2 tickets each seeded ($(since))" >&2

{ echo SEQUENTIAL; for ((i = 0; i < agents; i++)); do echo "$((first_ext + i));[authentication username=$((first_ext + i)) password=$password]"; done; } >"$work/agents.csv"
(cd "$work" && exec sipp "127.0.0.1:$portal_port" -sf "$phones/agent_register.xml" -oocsf "$phones/agent_answer.xml" -inf "$work/agents.csv" \
   -i 127.0.0.1 -p "$agents_port" -mi 127.0.0.1 -mp "$(free_udp)" -r 200 -m "$agents" -l $((agents + 5000)) -d "$talk_ms" -nostdin \
   -trace_logs -log_file "$work/agents_log.log" >/dev/null 2>&1) &
pids+=($!)
for _ in $(seq 1 300); do [[ $(grep -c '^REGISTERED' "$work/agents_log.log" 2>/dev/null || true) -ge $agents ]] && break; sleep 0.1; done
registered=$(grep -c '^REGISTERED' "$work/agents_log.log" 2>/dev/null || true)
[[ $registered -ge $agents ]] || { echo "bench/Portal/run.sh: only $registered of $agents agent phones registered" >&2; exit 1; }
for ((i = 0; i < agents; i++)); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $key" -X POST "$api/agents/$((first_agent + i))/login")
  [[ $code == 200 ]] || { echo "bench/Portal/run.sh: login of agent $((first_agent + i)) answered $code" >&2; exit 1; }
done
echo "$agents agents registered and Ready, talk ${talk_ms} ms ($(since))" >&2

# callers N: N calls at the chosen rate from [prefix][1..N]; each waits for the server's BYE after the agent's.
callers() {
  timeout 300 sipp "127.0.0.1:$portal_port" -sf "$phones/caller.xml" -s "$number" -key caller_prefix "$prefix" \
    -i 127.0.0.1 -p "$(free_udp)" -mi 127.0.0.1 -mp "$(free_udp)" -r "$rate" -m "$1" -l 1000 -nostdin -timeout 280s \
    -trace_err -error_file "$work/callers_err_$1.log" >/dev/null 2>&1 || echo "bench/Portal/run.sh: SIPp callers ($1 calls) exited non-zero (see $work/callers_err_$1.log)" >&2
}
# Warm-up (JIT, first writes; and these callers' recent calls for the measured pops), with no client listening.
callers "$warm"
echo "warm-up: $warm calls ($(since))" >&2

mkfifo "$work/client.out"
dotnet "$here/ScreenPopBench/bin/Release/net10.0/CallCenter.Bench.ScreenPop.dll" --url "$base" --key "$key" --calls "$calls" --timeout 300 >"$work/client.out" 2>"$work/client.err" &
pids+=($!); client_pid=$!
exec 3<"$work/client.out"
read -r -t 60 ready <&3 || true
[[ $ready == READY ]] || { echo "bench/Portal/run.sh: the hub client did not connect: $ready $(cat "$work/client.err")" >&2; exit 1; }
callers "$calls"
read -r -t 120 figures <&3 || true
wait "$client_pid" || echo "bench/Portal/run.sh: the client did not see every call pop" >&2
[[ -n ${figures:-} ]] || { echo "bench/Portal/run.sh: no figures from the client: $(cat "$work/client.err")" >&2; exit 1; }
echo "$figures" >&2
f() { field "$figures" "$1"; }
echo "$(f pops) pops of $calls calls at $rate calls/s, $agents agents; customers found $(f customers_found), with recent calls $(f with_recent_calls), with tickets $(f with_recent_tickets)" >&2
echo "INVITE → pop at the client: p50 $(f pop_p50_ms) ms, p95 $(f pop_p95_ms) ms, max $(f pop_max_ms) ms" >&2
echo "  of which INVITE → ACD offer p50/p95 $(f offer_p50_ms)/$(f offer_p95_ms) ms; offer → pop sent (relay + lookups) $(f build_p50_ms)/$(f build_p95_ms) ms; sent → received (SignalR) $(f delivery_p50_ms)/$(f delivery_p95_ms) ms" >&2
ratio=$(awk -v a="$(f pop_p95_ms)" -v b="$(f offer_p95_ms)" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "null" }')
echo "baseline: INVITE → ACD offer (no CTI) p95 $(f offer_p95_ms) ms, screen pop p95 ÷ it = $ratio; hub Ping round trip p50/p95 $(f ping_rtt_p50_ms)/$(f ping_rtt_p95_ms) ms; load average $(cut -d' ' -f1 /proc/loadavg)" >&2
printf '{"screen_pop_p50_ms":%s,"screen_pop_p95_ms":%s}\n' "$(f pop_p50_ms)" "$(f pop_p95_ms)"

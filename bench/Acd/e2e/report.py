#!/usr/bin/env python3
"""Figures of one step of bench/Acd/e2e.sh, read from the Portal's SQLite file (read-only).

    report.py DB NUMBER CALLER_PREFIX CALLS [--wait S]

The step's callers are the call records to NUMBER whose caller starts with CALLER_PREFIX (unique per step). Their call
traces hold what GET /api/v1/calls shows (the same JSON: path, queue visits with enteredAt/offeredAt/answeredAt); the
agent's leg is its own call record (INVITE sent = StartedAt, 200 received = AnsweredAt). The API answers at most 500
calls, fewer than a step has, hence the file. Records are written in batches: the script waits (up to --wait seconds)
until every caller record and its trace are in. Prints one JSON object; the timings of queued calls are those of the
calls that found a free agent (the others are counted in waited_for_agent).
"""
import json
import sqlite3
import sys
import time
from datetime import datetime, timezone


def ts(text):
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def ms(a, b):
    return (b - a).total_seconds() * 1000.0


def pct(values, p):
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(round(p / 100.0 * len(ordered) + 0.5 - 1e-9)))  # nearest rank
    return round(ordered[min(rank, len(ordered)) - 1], 2)


def summary(values):
    return {"n": len(values), "p50": pct(values, 50), "p99": pct(values, 99), "max": round(max(values), 2) if values else None}


def main():
    db_path, number, prefix, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    wait = float(sys.argv[sys.argv.index("--wait") + 1]) if "--wait" in sys.argv else 20.0
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    like_from, like_to = f"sip:{prefix}%", f"sip:{number}@%"
    deadline = time.monotonic() + wait
    while True:
        rows = db.execute(
            "SELECT r.CallId, r.[From], r.StartedAt, r.AnsweredAt, r.EndedAt, t.details FROM call_records r "
            "LEFT JOIN call_traces t ON t.CallId = r.CallId WHERE r.[To] LIKE ? AND r.[From] LIKE ?", (like_to, like_from)).fetchall()
        if (len(rows) >= calls and all(r[5] is not None for r in rows)) or time.monotonic() > deadline:
            break
        time.sleep(0.5)

    # Agent legs: by Call-ID (queue visits name theirs) and by caller number (a Transfer's leg is found by its caller).
    legs = {}
    for call_id, frm, started, answered in db.execute(
            "SELECT CallId, [From], StartedAt, AnsweredAt FROM call_records WHERE [From] LIKE ? AND [To] NOT LIKE ?",
            (f"sip:{prefix}%@callcenter", like_to)):
        legs[call_id] = legs[frm.split("@")[0][4:]] = (ts(started), ts(answered))

    # First pass: the connected queue visits, to know which calls found a free agent: the agent the call was offered to
    # had finished its previous call of the step (leftAt) before the call entered — else every agent was busy and the
    # call waited for one, which is the queue doing its job, not the ACD's cost.
    visits_by_agent = {}
    for call_id, frm, started, answered, ended, details in rows:
        trace = json.loads(details) if details else {}
        for v in trace.get("queues") or []:
            if v["outcome"] == "Connected" and v.get("agentId"):
                visits_by_agent.setdefault(v["agentId"], []).append((ts(v["enteredAt"]), ts(v["leftAt"]), call_id))
    waited_for_agent = set()
    for visits in visits_by_agent.values():
        visits.sort()
        for (_, previous_left, _), (entered, _, call_id) in zip(visits, visits[1:]):
            if previous_left > entered:
                waited_for_agent.add(call_id)

    connected, answers = 0, []
    enter_offer, offer_answer, enter_answer, phone, added, to_invite = [], [], [], [], [], []
    outcomes = {}
    for call_id, frm, started, answered, ended, details in rows:
        trace = json.loads(details) if details else {}
        caller = frm.split("@")[0][4:]
        visits = trace.get("queues") or []
        if visits:
            v = visits[0]
            outcomes[v["outcome"]] = outcomes.get(v["outcome"], 0) + 1
            if v["outcome"] != "Connected":
                continue
            connected += 1
            entered, offered, bridged = ts(v["enteredAt"]), ts(v["offeredAt"]), ts(v["answeredAt"])
            answers.append(bridged)
            if call_id in waited_for_agent:
                continue
            leg = legs.get(v.get("agentLegId"))
            if offered:
                enter_offer.append(ms(entered, offered))
                offer_answer.append(ms(offered, bridged))
            enter_answer.append(ms(entered, bridged))
            if leg and leg[1]:
                delay = ms(leg[0], leg[1])
                phone.append(delay)
                added.append(ms(entered, bridged) - delay)
                step = next((s for s in trace.get("path", []) if s["activityId"] == v["activityId"]), None)
                if step:
                    to_invite.append(ms(ts(step["at"]), leg[0]))
        else:
            step = next((s for s in trace.get("path", []) if s["type"] == "Transfer"), None)
            outcome = step["outcome"] if step else "NoTrace"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome != "Transferred":
                continue
            connected += 1
            leg = legs.get(caller)
            if leg and leg[1]:
                answers.append(leg[1])
                delay = ms(leg[0], leg[1])
                phone.append(delay)
                to_invite.append(ms(ts(step["at"]), leg[0]))

    answers.sort()
    span = (answers[-1] - answers[0]).total_seconds() if len(answers) > 1 else 0.0
    print(json.dumps({
        "records": len(rows), "connected": connected, "outcomes": outcomes, "waited_for_agent": len(waited_for_agent),
        # Connected calls per second while they were being connected: first to last answer of the step.
        "connected_cps": round((len(answers) - 1) / span, 1) if span > 0 else None,
        "enter_to_offer_ms": summary(enter_offer), "offer_to_answer_ms": summary(offer_answer),
        "enter_to_answer_ms": summary(enter_answer), "phone_answer_ms": summary(phone),
        "acd_added_ms": summary(added), "activity_to_invite_ms": summary(to_invite),
    }))


if __name__ == "__main__":
    main()

using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Telephony;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>
/// The small fixed dataset the report tests compute their expectations from, all on Tuesday 2026-11-24 in Asia/Shanghai
/// (UTC+8, no DST) unless said otherwise. Times are written local and stored UTC (local − 8 h).
/// </summary>
internal static class ReportDataset
{
    public static readonly DateOnly Day = new(2026, 11, 24);
    public static readonly DateOnly NextDay = new(2026, 11, 25);

    /// <summary>A local time on the 24th (or with <paramref name="dayOffset"/>) as the UTC instant stored.</summary>
    public static DateTime Local(int hour, int minute, int second = 0, int dayOffset = 0) =>
        DateTime.SpecifyKind(Day.AddDays(dayOffset).ToDateTime(new TimeOnly(hour, minute, second)).AddHours(-8), DateTimeKind.Utc);

    public static async Task InsertAsync(CallCenterDbContext db)
    {
        db.Extensions.AddRange(Extension("1001"), Extension("1002"));
        db.Queues.AddRange(new CallQueue { Name = "hotline", DisplayName = "政务热线", ServiceLevelSeconds = 20 },
            new CallQueue { Name = "vip", DisplayName = "VIP", ServiceLevelSeconds = 10 });
        db.AgentGroups.Add(new AgentGroup { Name = "day-team", Agents = [new Agent { Number = "8001", Name = "张三" }] });
        db.Agents.Add(new Agent { Number = "8002", Name = "李四" });
        AddQueueEvents(db);
        AddAgentStates(db);
        AddCallRecords(db);
        AddTraces(db);
        await db.SaveChangesAsync();
    }

    private static Extension Extension(string number) => new() { Number = number, DisplayName = number, Realm = "cc", Ha1Md5 = "x", Ha1Sha256 = "x" };

    private static void AddQueueEvents(CallCenterDbContext db)
    {
        void E(DateTime at, string call, string queue, QueueEventType type, double? wait = null, double? talk = null, string? agent = null) =>
            db.QueueEvents.Add(new QueueEvent { At = at, CallId = call, Queue = queue, Event = type, WaitSeconds = wait, TalkSeconds = talk, Agent = agent });

        // hotline (T = 20 s)
        E(Local(10, 0), "c1", "hotline", QueueEventType.EnterQueue);
        E(Local(10, 0, 5), "c1", "hotline", QueueEventType.Connect, wait: 5, agent: "8001");
        E(Local(10, 1, 45), "c1", "hotline", QueueEventType.CompleteCaller, wait: 5, talk: 100, agent: "8001");
        E(Local(10, 5), "c2", "hotline", QueueEventType.EnterQueue);
        E(Local(10, 5, 10), "c2", "hotline", QueueEventType.RingNoAnswer, agent: "8001");
        E(Local(10, 5, 30), "c2", "hotline", QueueEventType.Connect, wait: 30, agent: "8002");
        E(Local(10, 8, 50), "c2", "hotline", QueueEventType.CompleteAgent, wait: 30, talk: 200, agent: "8002");
        E(Local(11, 0), "c3", "hotline", QueueEventType.EnterQueue);
        E(Local(11, 0, 3), "c3", "hotline", QueueEventType.Abandon, wait: 3);
        E(Local(11, 10), "c4", "hotline", QueueEventType.EnterQueue);
        E(Local(11, 10, 25), "c4", "hotline", QueueEventType.Abandon, wait: 25);
        E(Local(12, 0), "c5", "hotline", QueueEventType.EnterQueue);
        E(Local(12, 2, 10), "c5", "hotline", QueueEventType.ExitWithTimeout, wait: 130);
        E(Local(12, 30), "c6", "hotline", QueueEventType.JoinFull);
        // vip (T = 10 s)
        E(Local(9, 0), "c7", "vip", QueueEventType.EnterQueue);
        E(Local(9, 0, 8), "c7", "vip", QueueEventType.Connect, wait: 8, agent: "8001");
        E(Local(9, 1, 8), "c7", "vip", QueueEventType.CompleteAgent, wait: 8, talk: 60, agent: "8001");
        E(Local(9, 30), "c8", "vip", QueueEventType.EnterQueue);
        E(Local(9, 31, 5), "c8", "vip", QueueEventType.Abandon, wait: 65);
        // 23:30 UTC on the 24th is 07:30 on the 25th in Shanghai: the 25th's call, not the 24th's.
        E(new DateTime(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc), "c9", "hotline", QueueEventType.EnterQueue);
        E(new DateTime(2026, 11, 24, 23, 30, 2, DateTimeKind.Utc), "c9", "hotline", QueueEventType.Abandon, wait: 2);
    }

    private static void AddAgentStates(CallCenterDbContext db)
    {
        void S(string agent, DateTime at, AgentStatus from, AgentStatus to) =>
            db.AgentStatusChanges.Add(new AgentStatusChange { AgentNumber = agent, At = at, From = from, To = to });

        // 8001: in 09:00–17:00 = 28,800 s; NotReady 12:00–13:00 = 3,600 s; OnCall 10:00–10:10 = 600 s; WrapUp 10:10–10:15 = 300 s.
        S("8001", Local(9, 0), AgentStatus.LoggedOut, AgentStatus.Ready);
        S("8001", Local(10, 0), AgentStatus.Ready, AgentStatus.OnCall);
        S("8001", Local(10, 10), AgentStatus.OnCall, AgentStatus.WrapUp);
        S("8001", Local(10, 15), AgentStatus.WrapUp, AgentStatus.Ready);
        S("8001", Local(12, 0), AgentStatus.Ready, AgentStatus.NotReady);
        S("8001", Local(13, 0), AgentStatus.NotReady, AgentStatus.Ready);
        S("8001", Local(17, 0), AgentStatus.Ready, AgentStatus.LoggedOut);
        // 8002: logged in at 23:00 the day before, out at 02:00 on the 24th: 7,200 s of the 24th, Ready.
        S("8002", Local(23, 0, dayOffset: -1), AgentStatus.LoggedOut, AgentStatus.Ready);
        S("8002", Local(2, 0), AgentStatus.Ready, AgentStatus.LoggedOut);
    }

    private static void AddCallRecords(CallCenterDbContext db)
    {
        void R(string id, string from, string to, DateTime start, DateTime? answer, DateTime end, string hangup) =>
            db.CallRecords.Add(new CallDetailRecord { CallId = id, From = from, To = to, StartedAt = start, AnsweredAt = answer, EndedAt = end, HangupBy = hangup, Cause = "Normal" });

        R("r1", "sip:13800000001@trunk", "sip:4008001234@pbx", Local(10, 0), Local(10, 0, 10), Local(10, 2, 10), "Caller"); // talk 120
        R("r2", "sip:13800000002@trunk", "sip:4008001234@pbx", Local(10, 30), null, Local(10, 30, 20), "Caller"); // abandoned
        R("r3", "sip:1001@pbx", "sip:13900000000@trunk", Local(14, 0), Local(14, 0, 5), Local(14, 1, 5), "Callee"); // outbound, talk 60
        // Across local midnight: starts 23:58 on the 24th, ends 00:04 on the 25th; talk 23:59–00:04 = 300.
        R("r4", "sip:13800000003@trunk", "sip:4008001234@pbx", Local(23, 58), Local(23, 59), Local(0, 4, dayOffset: 1), "Server");
        R("r6", "sip:13800000009@trunk", "sip:1002@pbx", Local(15, 0), Local(15, 0, 5), Local(15, 0, 50), "Caller"); // to an extension, talk 45
        // The queue calls that reached the voice server's records too (same call ids as the queue log).
        R("c2", "sip:13800000012@trunk", "sip:95000@pbx", Local(10, 5), Local(10, 5, 30), Local(10, 8, 50), "Server"); // agent ended (COMPLETEAGENT), talk 200
        R("c3", "sip:13800000013@trunk", "sip:95000@pbx", Local(11, 0), null, Local(11, 0, 3), "Caller");
        R("c4", "sip:13800000014@trunk", "sip:95000@pbx", Local(11, 10), null, Local(11, 10, 25), "Caller");
        R("c8", "sip:13800000018@trunk", "sip:95000@pbx", Local(9, 30), null, Local(9, 31, 5), "Caller");
        // The day before: the previous period of a one-day comparison.
        R("r0", "sip:13800000000@trunk", "sip:4008001234@pbx", Local(12, 0, dayOffset: -1), null, Local(12, 0, 30, dayOffset: -1), "Caller");
        // 23:30 UTC on the 24th = 07:30 on the 25th local: the 25th's.
        R("r5", "sip:13800000004@trunk", "sip:4008005678@pbx", new DateTime(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc),
            new DateTime(2026, 11, 24, 23, 30, 5, DateTimeKind.Utc), new DateTime(2026, 11, 24, 23, 30, 35, DateTimeKind.Utc), "Caller");
    }

    private static void AddTraces(CallCenterDbContext db)
    {
        var at = new DateTimeOffset(Local(10, 0));
        db.CallTraces.Add(new CallTrace
        {
            CallId = "r1", FlowName = "hotline-1", InstanceId = "i1", RecordedAt = Local(10, 2, 10),
            Details = new CallTraceDetails
            {
                Path = [new("start", "Answer", "Done", at), new("menu", "Menu", "1", at), new("queue", "Enqueue", "Connected", at)],
                Queues = [new("queue", "hotline", at, at, at.AddSeconds(10), at.AddSeconds(130), "Connected", "8001", "leg-1", 10, 120, "Caller", null)],
            },
        });
        db.CallTraces.Add(new CallTrace
        {
            CallId = "r2", FlowName = "hotline-1", InstanceId = "i2", RecordedAt = Local(10, 30, 20),
            Details = new CallTraceDetails { Path = [new("start", "Answer", "Done", at), new("menu", "Menu", "Cancelled", at)] },
        });
    }
}

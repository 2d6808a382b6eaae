using CallCenter.Domain.Reports;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>The abandon, agent, hang-up, IVR, extension and comparison reports on <see cref="ReportDataset"/>.</summary>
public abstract class ReportMoreScenarios : ReportScenarios
{
    [Fact]
    public async Task Abandons_are_bucketed_by_wait_queue_and_local_hour_with_short_ones_apart()
    {
        var report = await new AbandonReport(Source).RunAsync(OnThe24th);

        // c3 waited 3 s (0–5, short), c4 25 s (20–30), c8 65 s (60–120); c9 is the 25th's.
        Assert.Equal([1, 0, 0, 1, 0, 1, 0], report.ByWait.Select(b => b.Abandoned).ToList());
        Assert.True(report.ByWait[0].IsShort);
        var hotline = Assert.Single(report.ByQueue, q => q.Queue == "hotline");
        Assert.Equal((2, 1, 1, 14.0), (hotline.Abandoned, hotline.Short, hotline.Long, hotline.AverageWaitSeconds!.Value)); // (3 + 25) ÷ 2
        // Local hours: c3 11:00:03 and c4 11:10:25 → 11, c8 09:31:05 → 9.
        Assert.Equal((2, 1), (report.ByHour[11].Abandoned, report.ByHour[11].Short));
        Assert.Equal(1, report.ByHour[9].Abandoned);
        Assert.Equal(3, report.ByHour.Sum(h => h.Abandoned));
        Assert.Equal((3, 1, 31.0), (report.Totals.Abandoned, report.Totals.Short, report.Totals.AverageWaitSeconds!.Value)); // (3 + 25 + 65) ÷ 3
    }

    [Fact]
    public async Task Agent_report_adds_talk_wrap_up_and_state_times_into_AHT_and_occupancy()
    {
        var report = await new AgentReport(Source).RunAsync(OnThe24th);

        var a = Assert.Single(report.Rows, r => r.Agent == "8001");
        // Calls c1, c7; talk 100 + 60; one offer not taken (c2); wrap-up 10:10–10:15.
        Assert.Equal((2, 160.0, 300.0, 1, "张三"), (a.Calls, a.TalkSeconds, a.WrapUpSeconds, a.NoAnswer, a.Name));
        // In 09:00–17:00 = 28,800; not ready 12:00–13:00 = 3,600; on call 600; ready = 28,800 − 3,600 − 600 − 300 = 24,300.
        Assert.Equal((28800.0, 3600.0, 600.0, 24300.0), (a.LoggedInSeconds, a.NotReadySeconds, a.BusySeconds, a.ReadySeconds));
        Assert.Equal(230, a.AverageHandleSeconds); // (160 + 0 + 300) ÷ 2
        Assert.Equal(460.0 / 25200, a.Occupancy!.Value, 12); // (160 + 0 + 300) ÷ (28,800 − 3,600)
        // 8002 logged in at 23:00 the day before: 00:00–02:00 of the 24th counts (7,200 s), Ready.
        var b = Assert.Single(report.Rows, r => r.Agent == "8002");
        Assert.Equal((1, 200.0, 7200.0, 7200.0), (b.Calls, b.TalkSeconds, b.LoggedInSeconds, b.ReadySeconds));
        Assert.Equal(200.0 / 7200, b.Occupancy!.Value, 12);
        Assert.Equal((3, 360.0, 36000.0), (report.Totals.Calls, report.Totals.TalkSeconds, report.Totals.LoggedInSeconds));
    }

    [Fact]
    public async Task Agent_report_narrows_to_a_group_and_attendance_gives_first_login_and_last_logout_per_local_day()
    {
        var team = await new AgentReport(Source).RunAsync(OnThe24th with { Group = "day-team" });
        Assert.Equal(["8001"], team.Rows.Select(r => r.Agent).ToList());

        var attendance = await new AgentReport(Source).AttendanceAsync(OnThe24th);
        var a = Assert.Single(attendance, r => r.Agent == "8001");
        Assert.Equal((ReportDataset.Day, new DateTime(2026, 11, 24, 9, 0, 0), new DateTime(2026, 11, 24, 17, 0, 0), 28800.0),
            (a.Day, a.FirstLogin!.Value, a.LastLogout!.Value, a.LoggedInSeconds));
        var b = Assert.Single(attendance, r => r.Agent == "8002");
        Assert.Null(b.FirstLogin); // already logged in at midnight
        Assert.Equal(new DateTime(2026, 11, 24, 2, 0, 0), b.LastLogout);
    }

    [Fact]
    public async Task Hangup_side_counts_the_agent_when_the_queue_log_says_the_agent_ended_the_call()
    {
        var report = await new HangupSideReport(Source).RunAsync(OnThe24th);

        // Caller: r1, r6 answered; r2, c3, c4, c8 not. Agent: r3 (Callee), c2 (Server + COMPLETEAGENT). System: r4.
        var bySide = report.Rows.ToDictionary(r => r.Side!.Value);
        Assert.Equal((2, 4), (bySide[HangupParty.Caller].Answered, bySide[HangupParty.Caller].Unanswered));
        Assert.Equal((2, 0), (bySide[HangupParty.Agent].Answered, bySide[HangupParty.Agent].Unanswered));
        Assert.Equal((1, 0), (bySide[HangupParty.System].Answered, bySide[HangupParty.System].Unanswered));
        Assert.Equal(6.0 / 9, bySide[HangupParty.Caller].Share, 12);
        Assert.Equal(9, report.Totals.Calls);
    }

    [Fact]
    public async Task Ivr_navigation_counts_entries_hang_ups_and_outcomes_per_node()
    {
        var report = await new IvrNavigationReport(Source).RunAsync(OnThe24th with { Flow = "hotline-1" });

        // r1: start → menu "1" → queue Connected; r2: start → menu hung up.
        var menu = Assert.Single(report.Rows, r => r.Node == "menu");
        Assert.Equal(("hotline-1", "Menu", 2, 1, 1), (menu.Flow, menu.Type, menu.Entered, menu.LeftByHangup, menu.Outcomes["1"]));
        Assert.Equal(2, Assert.Single(report.Rows, r => r.Node == "start").Outcomes["Done"]);
        Assert.Equal(1, Assert.Single(report.Rows, r => r.Node == "queue").Entered);
        Assert.Equal((2, 1), (report.Totals.Entered, report.Totals.LeftByHangup));
    }

    [Fact]
    public async Task Extension_traffic_counts_calls_placed_and_received_by_each_extension()
    {
        var report = await new ExtensionTrafficReport(Source).RunAsync(OnThe24th);

        Assert.Equal([("1001", 1, 1, 60.0, 0), ("1002", 0, 0, 0.0, 1)],
            report.Rows.Select(r => (r.Extension, r.Outgoing, r.OutgoingAnswered, r.OutgoingTalkSeconds, r.Incoming)).ToList());
        Assert.Equal(45, report.Rows[1].IncomingTalkSeconds); // r6
    }

    [Fact]
    public async Task Period_comparison_sets_the_day_against_the_day_before_and_last_year()
    {
        var rows = await new PeriodComparison(Source).RunAsync(OnThe24th);

        var inbound = Assert.Single(rows, r => r.Measure == "inbound");
        // 8 inbound on the 24th, 1 (r0) on the 23rd, none on 2025-11-24.
        Assert.Equal((8.0, 1.0, 0.0), (inbound.Current!.Value, inbound.Previous!.Value, inbound.LastYear!.Value));
        Assert.Equal(7, inbound.ChangeVsPrevious); // (8 − 1) ÷ 1
        Assert.Null(inbound.ChangeVsLastYear); // nothing to compare with
        Assert.Equal(0.5, Assert.Single(rows, r => r.Measure == "sl2").Current);
    }
}

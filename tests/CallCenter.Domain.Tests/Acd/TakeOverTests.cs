using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Tests.Acd;

/// <summary>A connected call handed straight to another agent (a transfer): that agent is busy with it until it ends.</summary>
public sealed class TakeOverTests
{
    [Fact]
    public void An_agent_taking_a_transferred_call_is_OnCall_for_it_and_wraps_up_when_it_ends()
    {
        var bed = new AcdBed(AcdBed.Queue() with { WrapUp = TimeSpan.FromSeconds(5) });
        bed.Agent("a");
        bed.Agent("b");
        bed.Call("c1");
        var first = bed.LastOfferFor("c1").AgentIds.Single();
        var other = first == "a" ? "b" : "a";
        bed.Answer("c1");
        bed.Advance(30);

        Assert.True(bed.Acd.Transfer("c1", $"agent:{other}").Succeeded);
        Assert.True(bed.Acd.TakeOver("c1", "q", other).Succeeded);

        Assert.Equal((AgentStatus.WrapUp, AgentStatus.OnCall), (bed.Status(first), bed.Status(other)));
        var connect = bed.QueueLog(QueueEventType.Connect).Last();
        Assert.Equal(("c1", other, "0"), (connect.CallId, connect.AgentId, connect.Data[0]));
        // Busy with it: a new caller is not offered to them.
        bed.Advance(5);
        bed.Call("c2");
        Assert.Equal([first], bed.LastOfferFor("c2").AgentIds);

        bed.Advance(60);
        Assert.True(bed.Acd.Complete("c1", CallSide.Agent).Succeeded);
        Assert.Equal(AgentStatus.WrapUp, bed.Status(other));
        Assert.Equal(1, bed.Acd.GetAgent(other)!.CallsToday);
        Assert.Equal(TimeSpan.FromSeconds(65), bed.Acd.GetAgent(other)!.TalkTimeToday);
    }

    [Fact]
    public void A_paused_agent_taking_a_transferred_call_is_paused_again_after_it()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Agent("b", ready: false);
        Assert.True(bed.Acd.NotReady("b", "back office").Succeeded);
        bed.Call("c1");
        bed.Answer("c1");
        bed.Acd.Transfer("c1", "agent:b");

        Assert.True(bed.Acd.TakeOver("c1", "q", "b").Succeeded);
        Assert.True(bed.Acd.Complete("c1", CallSide.Caller).Succeeded);

        Assert.Equal((AgentStatus.NotReady, "back office"), (bed.Status("b"), bed.Acd.GetAgent("b")!.Reason));
    }

    [Fact]
    public void A_logged_out_agent_or_a_call_still_connected_is_refused()
    {
        var bed = new AcdBed(AcdBed.Queue());
        bed.Agent("a");
        bed.Agent("b");
        Assert.True(bed.Acd.Logout("b").Succeeded);
        bed.Call("c1");
        bed.Answer("c1");

        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.TakeOver("c1", "q", "a").Error);
        bed.Acd.Transfer("c1", "agent:b");
        Assert.Equal(AcdErrorCode.InvalidTransition, bed.Acd.TakeOver("c1", "q", "b").Error);
        Assert.Equal(AcdErrorCode.UnknownAgent, bed.Acd.TakeOver("c1", "q", "zz").Error);
        Assert.Equal(AcdErrorCode.UnknownQueue, bed.Acd.TakeOver("c1", "nope", "a").Error);
    }
}

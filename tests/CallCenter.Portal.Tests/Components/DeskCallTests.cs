using CallCenter.Portal.Components.Desk;
using CallCenter.Portal.Cti;

namespace CallCenter.Portal.Tests.Components;

/// <summary>How the desk follows its agent's call from the CTI events: offer → connected → ended; a missed offer clears it; another call's end does not.</summary>
public sealed class DeskCallTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_offer_then_its_answer_then_its_end_move_the_desk_through_ringing_connected_and_ended_keeping_the_pop()
    {
        var pop = Pop("c1");
        var desk = DeskCall.Next(null, new CallOffered(At, "8001", "c1", "13800138000", "12345", "hotline", "1001", pop, At));
        Assert.Equal((DeskCallPhase.Ringing, "13800138000"), (desk!.Phase, desk.Caller));
        desk = DeskCall.Next(desk, new CallConnected(At.AddSeconds(3), "8001", "c1", "13800138000", "12345", "hotline", "1001", "leg-1"));
        Assert.Equal((DeskCallPhase.Connected, At.AddSeconds(3)), (desk!.Phase, desk.ConnectedAt));
        Assert.Same(pop, desk.Pop);
        // Another call's end (a transfer's old leg, a stale event) leaves this one alone.
        Assert.Same(desk, DeskCall.Next(desk, new CallEnded(At.AddSeconds(5), "8001", "other", "139", "12345", "hotline", "1001", null)));
        desk = DeskCall.Next(desk, new CallEnded(At.AddSeconds(60), "8001", "c1", "13800138000", "12345", "hotline", "1001", "leg-1"));
        Assert.Equal((DeskCallPhase.Ended, At.AddSeconds(60)), (desk!.Phase, desk.EndedAt));
    }

    [Fact]
    public void A_missed_offer_clears_the_desk_and_an_answer_without_an_offer_still_shows_the_call()
    {
        var ringing = DeskCall.Next(null, new CallOffered(At, "8001", "c1", "138", "12345", "hotline", "1001", Pop("c1"), At));
        Assert.Null(DeskCall.Next(ringing, new CallNotAnswered(At.AddSeconds(25), "8001", "c1", "138", "12345", "hotline", "1001")));
        var opened = DeskCall.Next(null, new CallConnected(At, "8001", "c2", "139", "12345", "card-service", "1001", "leg"));
        Assert.Equal((DeskCallPhase.Connected, "card-service", null), (opened!.Phase, opened.Queue, opened.Pop));
    }

    internal static ScreenPop Pop(string callId, ScreenPopCustomer? customer = null) => new(callId, "13800138000", "12345", "hotline", "8001", "1001", At,
        At.AddSeconds(-12), 12.4, At.AddSeconds(-20), customer, [], [], [], [], new Dictionary<string, string>());
}

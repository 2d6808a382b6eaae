using CallCenter.Domain.Telephony;

namespace CallCenter.Portal.Components.Admin.Extensions;

/// <summary>The forwarding form's values: the three forwarding targets, the ring time, and up to three follow-me rows.</summary>
public sealed class ForwardingForm
{
    public string? Always { get; set; }
    public string? Busy { get; set; }
    public string? NoAnswer { get; set; }
    public int NoAnswerSeconds { get; set; } = ExtensionForwarding.DefaultNoAnswerSeconds;
    public List<FollowMeRow> FollowMe { get; set; } = [];

    /// <summary>One follow-me number and how long it rings.</summary>
    public sealed class FollowMeRow
    {
        public string? Target { get; set; }
        public int Seconds { get; set; } = ExtensionForwarding.DefaultNoAnswerSeconds;
    }

    /// <summary>The form filled with saved settings.</summary>
    public static ForwardingForm From(ExtensionForwarding settings) => new()
    {
        Always = settings.Always, Busy = settings.Busy, NoAnswer = settings.NoAnswer, NoAnswerSeconds = settings.NoAnswerSeconds,
        FollowMe = settings.FollowMe.Select(f => new FollowMeRow { Target = f.Target, Seconds = f.Seconds }).ToList(),
    };

    /// <summary>What the store validates and saves; empty targets are off.</summary>
    public ExtensionForwarding ToSettings() => new(
        Blank(Always), Blank(Busy), Blank(NoAnswer), NoAnswerSeconds,
        FollowMe.Where(f => !string.IsNullOrWhiteSpace(f.Target)).Select(f => new FollowMeTarget(f.Target!.Trim(), f.Seconds)).ToList());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

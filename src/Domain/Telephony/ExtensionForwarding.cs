namespace CallCenter.Domain.Telephony;

/// <summary>
/// An extension's forwarding settings as the API and the voice server see them (呼叫前转 and 一号通): unconditional, on busy,
/// on no answer after <see cref="NoAnswerSeconds"/>, and up to 3 follow-me targets. Targets are extensions, digits (a
/// number, optionally with a leading +) or SIP URIs; never the extension itself.
/// </summary>
public sealed record ExtensionForwarding(string? Always, string? Busy, string? NoAnswer, int NoAnswerSeconds, IReadOnlyList<FollowMeTarget> FollowMe)
{
    /// <summary>Default ring time before no-answer forwarding: 20 s.</summary>
    public const int DefaultNoAnswerSeconds = 20;

    /// <summary>Shortest and longest ring time accepted: 5 s and 300 s.</summary>
    public const int MinSeconds = 5, MaxSeconds = 300;

    /// <summary>At most this many follow-me targets: 3.</summary>
    public const int MaxFollowMe = 3;

    /// <summary>No forwarding at all.</summary>
    public static readonly ExtensionForwarding None = new(null, null, null, DefaultNoAnswerSeconds, []);

    /// <summary>Whether anything forwards.</summary>
    public bool IsEmpty => Always is null && Busy is null && NoAnswer is null && FollowMe.Count == 0;

    /// <summary>The settings stored on <paramref name="extension"/>.</summary>
    public static ExtensionForwarding Of(Extension extension) =>
        new(extension.ForwardAlways, extension.ForwardBusy, extension.ForwardNoAnswer, extension.NoAnswerSeconds, [.. extension.FollowMe]);
}

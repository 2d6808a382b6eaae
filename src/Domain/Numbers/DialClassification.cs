using CallCenter.Domain.Agents;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Numbers;

/// <summary>
/// What a dialled number is (<see cref="DialClassifier.Classify"/>): its kind, the dial permission it needs, and the form to
/// dial it in (digits; national form for the center's own country, <c>+</c> and the country code for numbers abroad). When
/// it is not valid, <see cref="Error"/> says why in words an agent can act on.
/// </summary>
/// <param name="Number">The number to dial: "13800138000", "01088880000", "+14155550100"; the cleaned input when invalid.</param>
public sealed record DialClassification(string Number, DialledNumberKind Kind, DialPermission Needs, UserMessage? Error = null)
{
    /// <summary>Whether the number can be dialled at all.</summary>
    public bool IsValid => Kind != DialledNumberKind.Invalid;

    /// <summary>Whether it leaves the center (through a trunk) rather than ringing one of its extensions or services.</summary>
    public bool IsExternal => IsValid && Needs > DialPermission.Internal;

    /// <summary>Whether an agent with <paramref name="permission"/> may dial it (each level includes the ones before it).</summary>
    public bool PermittedFor(DialPermission permission) => IsValid && permission >= Needs;

    /// <summary>"a mobile number", "a number abroad"… for messages.</summary>
    public UserMessage Description => Kind switch
    {
        DialledNumberKind.Extension => "an extension of the center",
        DialledNumberKind.ServiceNumber => "a service number of the center",
        DialledNumberKind.ShortNumber => "a short service number",
        DialledNumberKind.LocalFixedLine => "a local fixed line",
        DialledNumberKind.NationalServiceNumber => "a 400/800 service number",
        DialledNumberKind.OtherAreaFixedLine => "a fixed line in another area",
        DialledNumberKind.Mobile => "a mobile number",
        DialledNumberKind.International => "a number abroad",
        _ => "not a valid number",
    };

    /// <summary>The permission in words: "internal", "local", "long distance", "international".</summary>
    public static UserMessage Words(DialPermission permission) => permission switch
    {
        DialPermission.Internal => "internal",
        DialPermission.Local => "local",
        DialPermission.LongDistance => "long distance",
        _ => "international",
    };

    internal static DialClassification Invalid(string number, UserMessage error) => new(number, DialledNumberKind.Invalid, DialPermission.International, error);

    internal static DialClassification Invalid(string number, UserMessageBuilder error) => Invalid(number, error.Build());
}

using System.Text.RegularExpressions;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Telephony;

/// <summary>Validation and normalisation of <see cref="ExtensionForwarding"/> (errors keyed by camelCase field, as the API answers them).</summary>
public static partial class ExtensionForwardingRules
{
    /// <summary>The longest target accepted: 200 characters (the column's size).</summary>
    public const int MaxTargetLength = 200;

    /// <summary>Whether <paramref name="target"/> is an extension or number (digits, optional leading +) or a SIP URI.</summary>
    public static bool IsValidTarget(string target) => Digits().IsMatch(target) || SipUri().IsMatch(target);

    /// <summary>Trimmed settings (blank targets = none) and the errors, empty when they may be saved for <paramref name="extension"/>.</summary>
    public static (ExtensionForwarding Settings, IReadOnlyDictionary<string, UserMessage[]> Errors) Validate(string extension, ExtensionForwarding input)
    {
        var errors = new FieldMessages();
        var settings = new ExtensionForwarding(Clean(input.Always), Clean(input.Busy), Clean(input.NoAnswer), input.NoAnswerSeconds,
            [.. (input.FollowMe ?? []).Select(f => f with { Target = Clean(f?.Target) ?? "" })]);
        Check(errors, "always", settings.Always, extension);
        Check(errors, "busy", settings.Busy, extension);
        Check(errors, "noAnswer", settings.NoAnswer, extension);
        if (settings.NoAnswerSeconds is < ExtensionForwarding.MinSeconds or > ExtensionForwarding.MaxSeconds)
            errors.Set("noAnswerSeconds", $"The ring time must be between {ExtensionForwarding.MinSeconds} and {ExtensionForwarding.MaxSeconds} seconds.");
        if (settings.FollowMe.Count > ExtensionForwarding.MaxFollowMe)
            errors.Set("followMe", $"At most {ExtensionForwarding.MaxFollowMe} follow-me numbers.");
        for (var i = 0; i < settings.FollowMe.Count && i < ExtensionForwarding.MaxFollowMe; i++)
        {
            var step = settings.FollowMe[i];
            if (step.Target.Length == 0) errors.Set($"followMe[{i}].target", "A follow-me number is required.");
            else Check(errors, $"followMe[{i}].target", step.Target, extension);
            if (step.Seconds is < ExtensionForwarding.MinSeconds or > ExtensionForwarding.MaxSeconds)
                errors.Set($"followMe[{i}].seconds", $"The ring time must be between {ExtensionForwarding.MinSeconds} and {ExtensionForwarding.MaxSeconds} seconds.");
        }
        return (settings, errors.Freeze());
    }

    private static void Check(FieldMessages errors, string field, string? target, string extension)
    {
        if (target is null) return;
        if (target.Length > MaxTargetLength) errors.Set(field, $"At most {MaxTargetLength} characters.");
        else if (!IsValidTarget(target)) errors.Set(field, "Must be an extension, a number (digits) or a SIP URI (sip:user@host).");
        else if (IsSelf(target, extension)) errors.Set(field, "An extension cannot forward to itself.");
    }

    private static bool IsSelf(string target, string extension) => string.Equals(target, extension, StringComparison.Ordinal);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9]{1,32}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^sips?:([A-Za-z0-9\-_.!~*'()&=+$,;?/%]+@)?[A-Za-z0-9\-.\[\]:]+(;[^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SipUri();
}

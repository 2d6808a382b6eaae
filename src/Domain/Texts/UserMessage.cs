using System.Globalization;

namespace CallCenter.Domain.Texts;

/// <summary>
/// A message for a person (an agent, a supervisor, an admin), kept as its English composite format and the values put
/// into it, so that a user interface can show it in the user's language: the format is the translation key (e.g. the
/// zh-CN resource for <c>"Agent {0} is logged out."</c> is <c>"座席 {0} 已签出。"</c>) and an untranslated one reads in
/// English. Made from an interpolated string — <c>UserMessage.Of($"Agent {id} is logged out.")</c>, or any method with a
/// <see cref="UserMessageBuilder"/> overload — the holes become <c>{0}</c>, <c>{1}</c>… Plain strings convert too (their
/// text is the key).
/// </summary>
public sealed class UserMessage : IEquatable<UserMessage>
{
    private static readonly object?[] NoArgs = [];

    public UserMessage(string format, params object?[] args)
    {
        Format = format;
        Args = args.Length == 0 ? NoArgs : args;
    }

    /// <summary>The English composite format, <c>{0}</c>… for the values; the key of its translations.</summary>
    public string Format { get; }

    /// <summary>The values of the holes, in order.</summary>
    public IReadOnlyList<object?> Args { get; }

    /// <summary>A message from an interpolated string (the compiler builds it; the holes become arguments).</summary>
    public static UserMessage Of(ref UserMessageBuilder message) => message.Build();

    /// <summary>A plain text: its own key, no values. An interpolated string becomes format + values instead.</summary>
    public static implicit operator UserMessage(string text) => new(EscapeBraces(text));

    /// <summary>The English text (for logs, the API and the tests).</summary>
    public override string ToString() => ToString(_ => null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The text in another language: <paramref name="translate"/> gives the translated format of <see cref="Format"/>
    /// (null: English). Values that are messages (or lists of them, joined by ", ") are translated the same way, and enum
    /// values by the key <c>EnumType.Name</c> (e.g. <c>AgentStatus.LoggedOut</c>).
    /// </summary>
    public string ToString(Func<string, string?> translate, IFormatProvider culture)
    {
        var format = translate(Format) ?? Format;
        var args = Args.Select(a => a switch
        {
            UserMessage inner => inner.ToString(translate, culture),
            IEnumerable<UserMessage> list => string.Join(", ", list.Select(m => m.ToString(translate, culture))),
            Enum value => translate($"{value.GetType().Name}.{value}") ?? value.ToString(),
            _ => a,
        }).ToArray();
        try
        {
            return string.Format(culture, format, args);
        }
        catch (FormatException) when (!ReferenceEquals(format, Format))
        {
            return ToString(); // a broken translation must not hide the message: English instead
        }
    }

    public bool Equals(UserMessage? other) => other is not null && Format == other.Format && Args.SequenceEqual(other.Args);

    public override bool Equals(object? obj) => Equals(obj as UserMessage);

    public override int GetHashCode() => HashCode.Combine(Format, Args.Count);

    internal static string EscapeBraces(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}

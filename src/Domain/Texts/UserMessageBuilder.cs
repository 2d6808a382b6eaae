using System.Runtime.CompilerServices;
using System.Text;

namespace CallCenter.Domain.Texts;

/// <summary>
/// Turns <c>$"Agent {id} is logged out."</c> into a <see cref="UserMessage"/>: literal text is kept (braces escaped),
/// each hole becomes <c>{n}</c> (with its format, e.g. <c>{n:0.0}</c>) and its value an argument.
/// </summary>
[InterpolatedStringHandler]
public struct UserMessageBuilder
{
    private readonly StringBuilder _format;
    private readonly List<object?> _args;

    public UserMessageBuilder(int literalLength, int formattedCount)
    {
        _format = new StringBuilder(literalLength + formattedCount * 4);
        _args = new List<object?>(formattedCount);
    }

    public readonly void AppendLiteral(string text) => _format.Append(UserMessage.EscapeBraces(text));

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        _format.Append('{').Append(_args.Count);
        if (!string.IsNullOrEmpty(format)) _format.Append(':').Append(format);
        _format.Append('}');
        _args.Add(value);
    }

    public readonly UserMessage Build() => new(_format.ToString(), [.. _args]);
}

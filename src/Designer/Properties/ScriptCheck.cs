using CallCenter.Engine.Expressions;

namespace CallCenter.Designer.Properties;

/// <summary>
/// The syntax check run as the user types, with the Engine's own parser (what it accepts is what publishes). A throw-away
/// <see cref="ExpressionEngine"/> per check: the host's shared one caches every source it compiles, and each keystroke
/// would leave a half-typed script in that cache for the life of the process.
/// </summary>
public static class ScriptCheck
{
    /// <summary>The errors (message with line and column) of an expression, none when it compiles.</summary>
    public static IReadOnlyList<string> Expression(string? source) => new ExpressionEngine().Compile(source ?? "", ScriptKind.Expression).Errors;

    /// <summary>The errors of a text holding <c>{{ }}</c>; plain text has none.</summary>
    public static IReadOnlyList<string> Template(string? text) =>
        text is null || !ExpressionEngine.IsTemplate(text) ? [] : new ExpressionEngine().Compile(text, ScriptKind.Template).Errors;
}

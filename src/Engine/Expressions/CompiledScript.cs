using Scriban;

namespace CallCenter.Engine.Expressions;

/// <summary>A parsed Scriban template or expression, cached and shared by every evaluation.</summary>
public sealed class CompiledScript
{
    internal CompiledScript(string source, ScriptKind kind, Template template)
    {
        Source = source;
        Kind = kind;
        Template = template;
    }

    public string Source { get; }
    public ScriptKind Kind { get; }
    internal Template Template { get; }
}

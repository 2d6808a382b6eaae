namespace CallCenter.Engine.Expressions;

/// <summary>The outcome of compiling a script: the script, or the syntax errors a user can act on.</summary>
public sealed record CompileResult(CompiledScript? Script, IReadOnlyList<string> Errors)
{
    public bool Success => Script is not null;
}

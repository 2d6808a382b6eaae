using CallCenter.Engine.Expressions;

namespace CallCenter.Engine.Abstractions;

/// <summary>An activity input: a literal, a Scriban template (strings containing <c>{{ }}</c>) or a Scriban expression.</summary>
public sealed class Input<T> : IInput
{
    private readonly T _literal;
    private readonly CompiledScript? _script;
    private readonly string? _name;

    public Input(T literal) => _literal = literal;

    internal Input(CompiledScript script, string name)
    {
        _literal = default!;
        _script = script;
        _name = name;
    }

    /// <summary>The literal value (the default when evaluated from an expression).</summary>
    public T Literal => _literal;
    public bool IsExpression => _script is not null;
    public CompiledScript? Script => _script;
    Type IInput.ValueType => typeof(T);
    object? IInput.LiteralValue => _literal;

    public T Get(ActivityContext context) =>
        _script is null ? _literal : context.Evaluate<T>(_script, _name);
}

using CallCenter.Engine.Expressions;

namespace CallCenter.Engine.Abstractions;

/// <summary>The untyped view of an <see cref="Input{T}"/> used by descriptors and the binder.</summary>
public interface IInput
{
    Type ValueType { get; }
    object? LiteralValue { get; }
    bool IsExpression { get; }
    CompiledScript? Script { get; }
}

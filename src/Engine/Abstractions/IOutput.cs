namespace CallCenter.Engine.Abstractions;

/// <summary>The untyped view of an <see cref="Output{T}"/>.</summary>
public interface IOutput
{
    Type ValueType { get; }
    string? VariableName { get; }
}

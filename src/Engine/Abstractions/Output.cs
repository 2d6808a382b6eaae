namespace CallCenter.Engine.Abstractions;

/// <summary>An activity output; when the flow maps it to a variable, setting it sets that variable.</summary>
public sealed class Output<T> : IOutput
{
    public Output() { }

    public Output(string? variableName) => VariableName = variableName;

    /// <summary>The variable the flow stores this output in, if any.</summary>
    public string? VariableName { get; }
    Type IOutput.ValueType => typeof(T);

    public void Set(ActivityContext context, T value)
    {
        if (VariableName is not null) context.SetVariable(VariableName, value);
    }
}

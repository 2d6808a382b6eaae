namespace CallCenter.Engine.Models;

/// <summary>The value kinds a workflow variable may hold.</summary>
public enum VariableType
{
    String,
    Number,
    Boolean,
    DateTime,
    Object,
    Array,
}

namespace CallCenter.Engine.Expressions;

/// <summary>A template renders text around <c>{{ }}</c>; an expression is pure script whose value is used.</summary>
public enum ScriptKind
{
    Template,
    Expression,
}

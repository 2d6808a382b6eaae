namespace CallCenter.Designer.Properties;

/// <summary>One column of a key-value list: the JSON member it writes (<c>digit</c>, <c>outcome</c>; <c>key</c>/<c>value</c> for a map) and its value type.</summary>
public sealed record KeyValueColumn(string JsonName, Type ValueType);

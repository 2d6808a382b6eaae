using System.Text.Json;

namespace CallCenter.Designer.Properties;

/// <summary>
/// A property edited in the panel: the input's JSON name and its new value as stored in
/// <c>ActivityNode.Properties</c> (a literal or <c>{"expression": "…"}</c>); a null value removes the property, so the
/// activity's default applies.
/// </summary>
public sealed record PropertyChange(string Name, JsonElement? Value);

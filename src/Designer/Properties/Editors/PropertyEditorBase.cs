using System.Text.Json;
using CallCenter.Engine.Descriptors;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer.Properties.Editors;

/// <summary>
/// What every literal editor of the property panel takes: the input, its stored literal (null = not set, the default
/// shows) and a callback with the new literal (null = remove, back to the default).
/// </summary>
public abstract class PropertyEditorBase : ComponentBase
{
    [Parameter, EditorRequired] public InputDescriptor Input { get; set; } = null!;

    /// <summary>The stored literal, or null when the property is not set.</summary>
    [Parameter] public JsonElement? Value { get; set; }

    /// <summary>The new literal; null removes the property.</summary>
    [Parameter] public EventCallback<JsonElement?> ValueChanged { get; set; }

    /// <summary>The input's name in the user's language, with a mark when it is required.</summary>
    [Parameter] public string Label { get; set; } = "";

    /// <summary>Prompts, queues, skills and variables for the pickers.</summary>
    [Parameter] public DesignerChoices Choices { get; set; } = DesignerChoices.None;

    /// <summary>The id of the input element, stable for browser tests: <c>prop-{input name}</c>.</summary>
    protected string FieldId => PropertyIds.Field(Input.Name);

    /// <summary>The value shown: the stored literal, else the activity's default.</summary>
    protected JsonElement? Shown => Value ?? PropertyValues.DefaultOf(Input);

    private string? _seen;
    private InputDescriptor? _seenInput;

    /// <summary>
    /// Re-reads the value only when it changed from outside (another node selected, undo): a re-render that hands back
    /// the value as it was keeps what the user is typing.
    /// </summary>
    protected sealed override void OnParametersSet()
    {
        var raw = Value?.GetRawText() ?? "";
        if (_seenInput == Input && _seen == raw) return;
        (_seenInput, _seen) = (Input, raw);
        Load();
    }

    /// <summary>Reads <see cref="Value"/> (or the default) into the editor's state.</summary>
    protected abstract void Load();

    /// <summary>Reports a new literal; when the host hands it back, the editor keeps its state (no reload of what was just typed).</summary>
    protected Task EmitAsync(JsonElement? value)
    {
        _seen = value?.GetRawText() ?? "";
        return ValueChanged.InvokeAsync(value);
    }
}

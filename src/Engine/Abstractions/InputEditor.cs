namespace CallCenter.Engine.Abstractions;

/// <summary>The property-panel editor for an input.</summary>
public enum InputEditor
{
    Auto,
    Text,
    MultiLine,
    Number,
    Switch,
    Select,
    Duration,
    DateTime,
    Cron,
    Expression,
    Variable,
    KeyValueList,
    Json,
    Prompt,
    Queue,
    Skill,
}

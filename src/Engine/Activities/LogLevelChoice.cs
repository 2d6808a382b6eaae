namespace CallCenter.Engine.Activities;

/// <summary>The log levels a flow author may choose.</summary>
public enum LogLevelChoice
{
    Debug,
    Information,
    Warning,
    Error,
}

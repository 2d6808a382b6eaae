namespace CallCenter.Engine.Descriptors;

/// <summary>One activity type registered with <c>services.AddActivity&lt;T&gt;()</c>.</summary>
public sealed record ActivityRegistration(Type ActivityType);

namespace CallCenter.Portal.Components.Admin.Queues;

/// <summary>One member row of the queue form: <c>a:{agent number}</c> or <c>g:{group name}</c>, and its penalty (0 = offered first).</summary>
public sealed class MemberRow
{
    public string? Key { get; set; }
    public int Penalty { get; set; }

    /// <summary>The key of an agent member.</summary>
    public static string AgentKey(string number) => "a:" + number;

    /// <summary>The key of a group member.</summary>
    public static string GroupKey(string name) => "g:" + name;
}

namespace CallCenter.Portal.Workflows;

/// <summary>Where the shipped flows are read from (section <c>Workflows</c>).</summary>
public sealed class ShippedWorkflowOptions
{
    /// <summary>Folder of *.json flows published on first start when not yet stored. Default: <c>workflows</c> beside the executable.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflows");
}

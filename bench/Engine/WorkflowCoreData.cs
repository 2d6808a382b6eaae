namespace CallCenter.Bench.Engine;

/// <summary>The WorkflowCore instance data: the same variables as flow.json.</summary>
public sealed class WorkflowCoreData
{
    public long N { get; set; }
    public string OrderId { get; set; } = "";
    public long Amount { get; set; }
    public string Customer { get; set; } = "";
    public long Discount { get; set; }
    public string Greeting { get; set; } = "";
    public object? Payment { get; set; }
    public string Receipt { get; set; } = "";
}

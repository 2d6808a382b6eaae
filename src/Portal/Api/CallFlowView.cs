namespace CallCenter.Portal.Api;

/// <summary>The flow that served a call: definition id, published version, workflow instance id.</summary>
public sealed record CallFlowView(string Name, int Version, string InstanceId);

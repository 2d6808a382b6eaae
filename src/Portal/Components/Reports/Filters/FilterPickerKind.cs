namespace CallCenter.Portal.Components.Reports.Filters;

/// <summary>Which configured values a <see cref="ReportFilterPicker"/> offers.</summary>
public enum FilterPickerKind
{
    /// <summary>Queues: value = queue name, label = its display name.</summary>
    Queue,
    /// <summary>Agents: value = agent number (工号), label = the agent's name.</summary>
    Agent,
    /// <summary>Agent groups (班组): value = group name, label = its description.</summary>
    Group,
    /// <summary>Called numbers: inbound route numbers (label = the route's description) and extensions (label = display name).</summary>
    Number,
    /// <summary>Flows: value = workflow definition id, label = the flow's name.</summary>
    Flow,
}

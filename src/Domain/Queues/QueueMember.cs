using CallCenter.Domain.Agents;

namespace CallCenter.Domain.Queues;

/// <summary>
/// A member of a queue (table <c>queue_members</c>): one agent or one whole group (exactly one of the two), with a
/// penalty: members with a lower penalty are offered calls first, as in Asterisk. Default 0.
/// </summary>
public sealed class QueueMember
{
    public int Id { get; set; }

    public int QueueId { get; set; }

    public int? AgentId { get; set; }

    public Agent? Agent { get; set; }

    public int? GroupId { get; set; }

    public AgentGroup? Group { get; set; }

    /// <summary>0 (default) is offered first, then 1, 2…; range 0–99.</summary>
    public int Penalty { get; set; }
}

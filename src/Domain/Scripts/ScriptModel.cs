namespace CallCenter.Domain.Scripts;

/// <summary>
/// What a call script can use: <c>customer.name</c>, <c>customer.vip</c>, <c>customer.member_number</c>,
/// <c>customer.fields.&lt;key&gt;</c>, <c>customer.known</c>, <c>caller</c>, <c>queue</c>, <c>agent.id</c>, <c>agent.name</c>.
/// Every name is always there (empty when unknown), so a script never fails on a caller the center does not know.
/// </summary>
public sealed record ScriptModel(
    string Caller,
    string? Queue,
    string AgentId,
    string AgentName,
    string? CustomerName = null,
    bool CustomerVip = false,
    string? MemberNumber = null,
    IReadOnlyDictionary<string, string>? CustomerFields = null);

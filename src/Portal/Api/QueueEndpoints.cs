using System.Text.Json;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Texts;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// Queue configuration over HTTP: <c>GET /api/v1/queues</c>, <c>GET /api/v1/queues/{name}</c> (with its members resolved
/// to agents) and <c>PUT /api/v1/queues/{name}</c> (create, or replace every setting and the member list; a missing
/// setting takes its default). Errors are problem details. Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class QueueEndpoints
{
    public static void MapQueues(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        var admin = app.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        staff.MapGet("/api/v1/queues", async (QueueDirectory queues, CancellationToken ct) =>
            Results.Json((await queues.GetAllAsync(ct)).Select(q => ToJson(q, null))));

        staff.MapGet("/api/v1/queues/{name}", async (string name, QueueDirectory queues, CancellationToken ct) =>
        {
            if (await queues.FindAsync(name, ct) is not { } queue) return QueueEventEndpoints.NotFound($"There is no queue {name}.");
            return Results.Json(ToJson(queue, await queues.ResolveAsync(name, ct)));
        });

        admin.MapPut("/api/v1/queues/{name}", async (string name, HttpRequest request, QueueDirectory queues, Activities.Acd.AcdConfiguration acd, CancellationToken ct) =>
        {
            const string title = "The queue was not saved";
            var errors = new Dictionary<string, string[]>();
            QueueRequest? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<QueueRequest>(request.Body, JsonSerializerOptions.Web, ct);
            }
            catch (JsonException ex)
            {
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not a valid queue (JSON, camelCase): {ex.Message}"] }, title);
            }
            if (body is null) return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = ["Send the queue as a JSON object."] }, title);
            if (body.Name is { } bodyName && !string.Equals(bodyName.Trim(), name.Trim(), StringComparison.Ordinal))
                errors["name"] = [$"The body names queue '{bodyName}' but the address names '{name}'; a queue cannot be renamed."];
            var defaults = new CallQueue();
            var strategy = defaults.Strategy;
            if (!string.IsNullOrWhiteSpace(body.Strategy)
                && !(Enum.TryParse(body.Strategy.Trim(), ignoreCase: true, out strategy) && Enum.IsDefined(strategy) && !char.IsAsciiDigit(body.Strategy.Trim()[0])))
                errors["strategy"] = [$"Strategy must be one of {string.Join(", ", Enum.GetNames<QueueStrategy>())}; it was '{body.Strategy}'."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, title);

            var settings = new CallQueue
            {
                Name = name,
                DisplayName = body.DisplayName ?? defaults.DisplayName,
                Strategy = strategy,
                MaxWaitingCallers = body.MaxWaitingCallers ?? defaults.MaxWaitingCallers,
                MaxWaitSeconds = body.MaxWaitSeconds ?? defaults.MaxWaitSeconds,
                JoinWhenEmpty = body.JoinWhenEmpty ?? defaults.JoinWhenEmpty,
                LeaveWhenEmpty = body.LeaveWhenEmpty ?? defaults.LeaveWhenEmpty,
                RingTimeoutSeconds = body.RingTimeoutSeconds ?? defaults.RingTimeoutSeconds,
                MaxMissedOffers = body.MaxMissedOffers ?? defaults.MaxMissedOffers,
                WrapUpSeconds = body.WrapUpSeconds ?? defaults.WrapUpSeconds,
                RingBusyAgents = body.RingBusyAgents ?? defaults.RingBusyAgents,
                LastAgentPreferenceSeconds = body.LastAgentPreferenceSeconds ?? defaults.LastAgentPreferenceSeconds,
                ServiceLevelSeconds = body.ServiceLevelSeconds ?? defaults.ServiceLevelSeconds,
                SkillTierWideningSeconds = body.SkillTierWideningSeconds ?? defaults.SkillTierWideningSeconds,
                MusicOnHold = body.MusicOnHold ?? defaults.MusicOnHold,
                AnnouncePosition = body.AnnouncePosition ?? defaults.AnnouncePosition,
                AnnounceEstimatedWait = body.AnnounceEstimatedWait ?? defaults.AnnounceEstimatedWait,
                AnnounceFirstAfterSeconds = body.AnnounceFirstAfterSeconds ?? defaults.AnnounceFirstAfterSeconds,
                AnnounceEverySeconds = body.AnnounceEverySeconds ?? defaults.AnnounceEverySeconds,
                AnnounceLanguage = body.AnnounceLanguage ?? defaults.AnnounceLanguage,
                RecordCalls = body.RecordCalls ?? defaults.RecordCalls,
                RecordStereo = body.RecordStereo ?? defaults.RecordStereo,
            };
            var members = (body.Members ?? []).Select(m => new QueueMemberInput(m?.Agent, m?.Group, m?.Penalty ?? 0)).ToList();
            var result = await queues.SaveAsync(settings, members, ct);
            // A saved queue is live at once (calls already waiting keep their place).
            if (result.Status is SaveStatus.Created or SaveStatus.Updated) await acd.ReloadAsync(ct);
            return result.Status switch
            {
                SaveStatus.Created => Results.Created($"/api/v1/queues/{Uri.EscapeDataString(result.Queue!.Name)}", ToJson(result.Queue, await queues.ResolveAsync(result.Queue.Name, ct))),
                SaveStatus.Updated => Results.Json(ToJson(result.Queue!, await queues.ResolveAsync(result.Queue!.Name, ct))),
                SaveStatus.Conflict => Results.Problem(detail: string.Join(" ", result.Errors.Values.SelectMany(m => m)), statusCode: StatusCodes.Status409Conflict, title: title),
                _ => QueueEventEndpoints.Invalid(FieldMessages.ToEnglish(result.Errors), title),
            };
        });
    }

    private static object ToJson(CallQueue q, ResolvedQueue? resolved) => new
    {
        id = q.Id,
        name = q.Name,
        displayName = q.DisplayName,
        strategy = q.Strategy.ToString(),
        maxWaitingCallers = q.MaxWaitingCallers,
        maxWaitSeconds = q.MaxWaitSeconds,
        joinWhenEmpty = q.JoinWhenEmpty,
        leaveWhenEmpty = q.LeaveWhenEmpty,
        ringTimeoutSeconds = q.RingTimeoutSeconds,
        maxMissedOffers = q.MaxMissedOffers,
        wrapUpSeconds = q.WrapUpSeconds,
        ringBusyAgents = q.RingBusyAgents,
        lastAgentPreferenceSeconds = q.LastAgentPreferenceSeconds,
        serviceLevelSeconds = q.ServiceLevelSeconds,
        skillTierWideningSeconds = q.SkillTierWideningSeconds,
        musicOnHold = q.MusicOnHold,
        announcePosition = q.AnnouncePosition,
        announceEstimatedWait = q.AnnounceEstimatedWait,
        announceFirstAfterSeconds = q.AnnounceFirstAfterSeconds,
        announceEverySeconds = q.AnnounceEverySeconds,
        announceLanguage = q.AnnounceLanguage,
        recordCalls = q.RecordCalls,
        recordStereo = q.RecordStereo,
        members = q.Members.Select(m => new { agent = m.Agent?.Number, group = m.Group?.Name, penalty = m.Penalty }),
        // Only on a single queue: who actually answers it (groups expanded, disabled agents left out).
        agents = resolved?.Agents.Select(a => new { number = a.Agent.Number, name = a.Agent.Name, penalty = a.Penalty }),
        createdAt = QueueEventEndpoints.Utc(q.CreatedAt),
        updatedAt = QueueEventEndpoints.Utc(q.UpdatedAt),
    };

    /// <summary>The JSON body of PUT; a missing setting takes its default.</summary>
    private sealed record QueueRequest(
        string? Name, string? DisplayName, string? Strategy, int? MaxWaitingCallers, int? MaxWaitSeconds, bool? JoinWhenEmpty,
        bool? LeaveWhenEmpty, int? RingTimeoutSeconds, int? MaxMissedOffers, int? WrapUpSeconds, bool? RingBusyAgents,
        int? LastAgentPreferenceSeconds, int? ServiceLevelSeconds, int? SkillTierWideningSeconds, string? MusicOnHold,
        bool? AnnouncePosition, bool? AnnounceEstimatedWait, int? AnnounceFirstAfterSeconds, int? AnnounceEverySeconds,
        string? AnnounceLanguage, bool? RecordCalls, bool? RecordStereo, List<MemberRequest?>? Members);

    private sealed record MemberRequest(string? Agent, string? Group, int? Penalty);
}

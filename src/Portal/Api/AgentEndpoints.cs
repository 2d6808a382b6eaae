using System.Text.Json;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using CallCenter.Portal.Security;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Api;

/// <summary>
/// Agent configuration over HTTP: <c>GET /api/v1/agents</c>, <c>GET /api/v1/agents/{number}</c>, <c>POST /api/v1/agents</c>
/// (create), <c>PUT /api/v1/agents/{number}</c> (replace every setting), and the agent's status log
/// <c>GET /api/v1/agents/{number}/status-changes?since=&amp;limit=</c> (newest first). Errors are problem details.
/// Saved changes apply to the live ACD at once; login, ready and not-ready are in <see cref="AcdEndpoints"/>. Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class AgentEndpoints
{
    public static void MapAgents(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("").RequireAuthorization(PortalPolicies.Reports);
        var agentRead = app.MapGroup("").RequireAuthorization(PortalPolicies.AgentRead);
        var admin = app.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        reports.MapGet("/api/v1/agents", async (AgentDirectory agents, CancellationToken ct) =>
            Results.Json((await agents.GetAllAsync(ct)).Select(ToJson)));

        agentRead.MapGet("/api/v1/agents/{number}", async (string number, AgentDirectory agents, CancellationToken ct) =>
            await agents.FindByNumberAsync(number, ct) is { } agent ? Results.Json(ToJson(agent)) : QueueEventEndpoints.NotFound($"There is no agent {number}."));

        admin.MapPost("/api/v1/agents", async (HttpRequest request, AgentDirectory agents, Activities.Acd.AcdConfiguration acd, CancellationToken ct) =>
        {
            var (input, errors) = await ReadAsync(request, null, ct);
            if (input is null) return QueueEventEndpoints.Invalid(errors, "The agent was not created");
            return await LiveAsync(await agents.CreateAsync(input, ct), acd, "The agent was not created", ct);
        });

        admin.MapPut("/api/v1/agents/{number}", async (string number, HttpRequest request, AgentDirectory agents, Activities.Acd.AcdConfiguration acd, CancellationToken ct) =>
        {
            var (input, errors) = await ReadAsync(request, number, ct);
            if (input is null) return QueueEventEndpoints.Invalid(errors, "The agent was not saved");
            return await LiveAsync(await agents.UpdateAsync(number, input, ct), acd, "The agent was not saved", ct);
        });

        agentRead.MapGet("/api/v1/agents/{number}/status-changes", async (string number, string? since, string? limit,
            AgentDirectory agents, IDbContextFactory<CallCenterDbContext> factory, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var take = QueueEventEndpoints.ParseLimit(limit, errors);
            var from = QueueEventEndpoints.ParseSince(since, errors);
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "The status-change query is not valid");
            if (await agents.FindByNumberAsync(number, ct) is null) return QueueEventEndpoints.NotFound($"There is no agent {number}.");
            await using var db = await factory.CreateDbContextAsync(ct);
            var query = db.AgentStatusChanges.AsNoTracking().Where(c => c.AgentNumber == number);
            if (from is { } f) query = query.Where(c => c.At >= f);
            var rows = await query.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(take).ToListAsync(ct);
            return Results.Json(rows.Select(c => new
            {
                id = c.Id,
                agent = c.AgentNumber,
                from = c.From.ToString(),
                to = c.To.ToString(),
                reason = c.Reason,
                at = QueueEventEndpoints.Utc(c.At),
            }));
        });
    }

    // A saved agent is live at once in the ACD (keeping their status).
    private static async Task<IResult> LiveAsync(AgentSaveResult result, Activities.Acd.AcdConfiguration acd, string title, CancellationToken ct)
    {
        if (result.Status is SaveStatus.Created or SaveStatus.Updated) await acd.ReloadAsync(ct);
        return Result(result, title);
    }

    private static IResult Result(AgentSaveResult result, string title) => result.Status switch
    {
        SaveStatus.Created => Results.Created($"/api/v1/agents/{Uri.EscapeDataString(result.Agent!.Number)}", ToJson(result.Agent)),
        SaveStatus.Updated => Results.Json(ToJson(result.Agent!)),
        SaveStatus.NotFound => QueueEventEndpoints.NotFound(string.Join(" ", result.Errors.Values.SelectMany(m => m))),
        SaveStatus.Conflict => Results.Problem(detail: string.Join(" ", result.Errors.Values.SelectMany(m => m)), statusCode: StatusCodes.Status409Conflict, title: title),
        _ => QueueEventEndpoints.Invalid(FieldMessages.ToEnglish(result.Errors), title),
    };

    // The body is read by hand so malformed JSON and unknown enum names get the same clear 400 as a broken rule.
    private static async Task<(AgentInput? Input, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, string? number, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        AgentRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AgentRequest>(request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException ex)
        {
            errors["body"] = [$"The body is not a valid agent (JSON, camelCase): {ex.Message}"];
            return (null, errors);
        }
        if (body is null)
        {
            errors["body"] = ["Send the agent as a JSON object."];
            return (null, errors);
        }
        var dial = DialPermission.Internal;
        if (!string.IsNullOrWhiteSpace(body.DialPermission)
            && !(Enum.TryParse(body.DialPermission.Trim(), ignoreCase: true, out dial) && Enum.IsDefined(dial) && !char.IsAsciiDigit(body.DialPermission.Trim()[0])))
        {
            errors["dialPermission"] = [$"Dial permission must be one of {string.Join(", ", Enum.GetNames<DialPermission>())}; it was '{body.DialPermission}'."];
            return (null, errors);
        }
        var input = new AgentInput(
            body.Number ?? number ?? "",
            body.Name ?? "",
            body.Extension,
            (body.Skills ?? []).Select(s => new AgentSkillLevel(s?.Skill ?? "", s?.Level ?? 0)).ToList(),
            (body.Groups ?? []).Select(g => g ?? "").ToList(),
            body.MaxConcurrentCalls ?? 1,
            body.WrapUpSeconds,
            dial,
            body.Enabled ?? true);
        return (input, errors);
    }

    private static object ToJson(Agent a) => new
    {
        id = a.Id,
        number = a.Number,
        name = a.Name,
        extension = a.Extension?.Number,
        skills = a.Skills.Select(s => new { skill = s.Skill, level = s.Level }),
        groups = a.Groups.Select(g => g.Name),
        maxConcurrentCalls = a.MaxConcurrentCalls,
        wrapUpSeconds = a.WrapUpSeconds,
        dialPermission = a.DialPermission.ToString(),
        enabled = a.Enabled,
        createdAt = QueueEventEndpoints.Utc(a.CreatedAt),
        updatedAt = QueueEventEndpoints.Utc(a.UpdatedAt),
    };

    /// <summary>The JSON body of POST and PUT; a missing setting takes its default (PUT replaces every setting).</summary>
    private sealed record AgentRequest(
        string? Number, string? Name, string? Extension, List<SkillRequest?>? Skills, List<string?>? Groups,
        int? MaxConcurrentCalls, int? WrapUpSeconds, string? DialPermission, bool? Enabled);

    private sealed record SkillRequest(string? Skill, int? Level);
}

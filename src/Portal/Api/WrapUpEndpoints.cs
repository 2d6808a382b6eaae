using System.Text.Json;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Security;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// <c>POST /api/v1/calls/{callId}/wrap-up {disposition, notes}</c> (callId = the caller's SIP Call-ID): stores the agent's
/// wrap-up on the call (saving again replaces it) → 200 <c>{callId, agentId, disposition, notes, at}</c>. The agent is the
/// signed-in user's (or key's) agent; Supervisor and Admin may name another with <c>agentId</c>, an Agent may not (403).
/// The wrap-ups show on the call in <c>GET /api/v1/calls</c> (<c>wrapUps</c>).
/// </summary>
public static class WrapUpEndpoints
{
    public static void MapWrapUps(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/calls/{callId}/wrap-up", async (string callId, HttpRequest request, CallWrapUpStore store, CancellationToken ct) =>
        {
            WrapUpRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<WrapUpRequest>(ct);
            }
            catch (JsonException e)
            {
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not valid JSON: {e.Message}"] }, "The wrap-up was not saved");
            }
            var user = request.HttpContext.User;
            var own = PortalClaims.AgentOf(user);
            var mayNameAgent = user.IsInRole(PortalRoles.Supervisor) || user.IsInRole(PortalRoles.Admin);
            var named = string.IsNullOrWhiteSpace(body?.AgentId) ? null : body.AgentId.Trim();
            if (named is not null && named != own && !mayNameAgent) return Results.Problem(
                detail: "An agent wraps up their own calls only.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
            var errors = new Dictionary<string, string[]>();
            var agentId = named ?? own;
            if (agentId is null) errors["agentId"] = ["Name the agent (agentId): this user or key is no agent."];
            else if (agentId.Length > 32) errors["agentId"] = ["An agent id has at most 32 characters."];
            var disposition = body?.Disposition?.Trim();
            if (string.IsNullOrEmpty(disposition) || disposition.Length > CallWrapUpStore.MaxDispositionLength)
                errors["disposition"] = [$"A disposition code of 1 to {CallWrapUpStore.MaxDispositionLength} characters is required."];
            if (body?.Notes is { Length: > CallWrapUpStore.MaxNotesLength }) errors["notes"] = [$"Notes have at most {CallWrapUpStore.MaxNotesLength} characters."];
            if (callId.Length > 200) errors["callId"] = ["A call id has at most 200 characters."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "The wrap-up was not saved");
            var saved = await store.SaveAsync(callId, agentId!, disposition!, body!.Notes, ct);
            var view = CallWrapUpView.From(saved);
            return Results.Json(new { callId = saved.CallId, agentId = view.AgentId, disposition = view.Disposition, notes = view.Notes, at = view.At });
        }).RequireAuthorization(PortalPolicies.WrapUp);
    }
}

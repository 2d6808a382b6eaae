using System.Text.Json;
using CallCenter.Domain.Security;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// API keys for integrators (Admin only): <c>GET /api/v1/api-keys</c> (every key, newest first, never a secret),
/// <c>POST /api/v1/api-keys {name, roles[], agentId?}</c> → 201 <c>{id, name, prefix, roles, agentId, secret}</c> — the only
/// time the secret is shown — and <c>DELETE /api/v1/api-keys/{id}</c> (revoke; 404 when unknown or revoked already).
/// </summary>
public static class ApiKeyEndpoints
{
    public static void MapApiKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/api-keys").RequireAuthorization(PortalPolicies.Administration);
        keys.MapGet("", async (ApiKeyStore store, CancellationToken ct) => Results.Json((await store.ListAsync(ct)).Select(ToJson)));
        keys.MapPost("", async (HttpRequest request, ApiKeyStore store, CancellationToken ct) =>
        {
            ApiKeyRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<ApiKeyRequest>(ct);
            }
            catch (JsonException e)
            {
                return QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not valid JSON: {e.Message}"] }, "The API key was not created");
            }
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body?.Name) || body.Name.Trim().Length > 100) errors["name"] = ["A name of 1 to 100 characters is required."];
            var roles = body?.Roles ?? [];
            if (roles.Length == 0) errors["roles"] = ["At least one role is required: " + string.Join(", ", PortalRoles.All) + "."];
            else if (roles.FirstOrDefault(r => PortalRoles.Normalize(r) is null) is { } unknown)
                errors["roles"] = [$"\"{unknown}\" is no role; roles are {string.Join(", ", PortalRoles.All)}."];
            if (body?.AgentId is { Length: > 32 }) errors["agentId"] = ["An agent id has at most 32 characters."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "The API key was not created");
            var created = await store.CreateAsync(body!.Name!, roles, body.AgentId, ct);
            return Results.Json(new
            {
                id = created.Key.Id, name = created.Key.Name, prefix = created.Key.Prefix, roles = created.Key.RoleList,
                agentId = created.Key.AgentId, secret = created.Secret,
            }, statusCode: StatusCodes.Status201Created);
        });
        keys.MapDelete("/{id:long}", async (long id, ApiKeyStore store, CancellationToken ct) =>
            await store.RevokeAsync(id, ct) ? Results.NoContent() : QueueEventEndpoints.NotFound($"There is no live API key {id}."));
    }

    private static object ToJson(ApiKey key) => new
    {
        id = key.Id, name = key.Name, prefix = key.Prefix, roles = key.RoleList, agentId = key.AgentId,
        createdAt = Utc(key.CreatedAt), lastUsedAt = key.LastUsedAt is { } used ? Utc(used) : (DateTimeOffset?)null,
        revokedAt = key.RevokedAt is { } revoked ? Utc(revoked) : (DateTimeOffset?)null,
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

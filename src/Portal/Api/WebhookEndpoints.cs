using System.Text.Json;
using CallCenter.Domain.Webhooks;
using CallCenter.Portal.Security;
using CallCenter.Portal.Webhooks;

namespace CallCenter.Portal.Api;

/// <summary>
/// Outbound webhooks (Admin only): <c>GET/POST /api/v1/webhooks</c> (POST → 201 with the signing <c>secret</c>, shown
/// only then), <c>GET/PUT/DELETE /api/v1/webhooks/{id}</c>, the delivery log
/// <c>GET /api/v1/webhooks/{id}/deliveries?state=&amp;limit=&amp;before=</c> (newest first), redelivery
/// <c>POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/retry</c>, <c>POST /api/v1/webhooks/{id}/test</c> (queues a
/// <c>ping</c>) and <c>POST /api/v1/webhooks/{id}/secret</c> (a new signing secret, returned only then; the old one stops
/// signing). Errors are problem details.
/// </summary>
public static class WebhookEndpoints
{
    public static void MapWebhooks(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        admin.MapGet("/api/v1/webhooks", async (WebhookStore store, CancellationToken ct) => Results.Json((await store.ListAsync(ct)).Select(ToJson)));

        admin.MapPost("/api/v1/webhooks", async (HttpRequest request, WebhookStore store, CancellationToken ct) =>
        {
            const string title = "The webhook was not created";
            var (input, problem) = await ReadAsync(request, title, ct);
            if (problem is not null) return problem;
            var created = await store.CreateAsync(input!, ct);
            var json = ToJson(created.Subscription);
            json["secret"] = created.Secret;
            return Results.Json(json, statusCode: StatusCodes.Status201Created);
        });

        admin.MapGet("/api/v1/webhooks/{id:long}", async (long id, WebhookStore store, CancellationToken ct) =>
            await store.GetAsync(id, ct) is { } subscription ? Results.Json(ToJson(subscription)) : Missing(id));

        admin.MapPut("/api/v1/webhooks/{id:long}", async (long id, HttpRequest request, WebhookStore store, CancellationToken ct) =>
        {
            var (input, problem) = await ReadAsync(request, "The webhook was not saved", ct);
            if (problem is not null) return problem;
            return await store.UpdateAsync(id, input!, ct) is { } updated ? Results.Json(ToJson(updated)) : Missing(id);
        });

        admin.MapDelete("/api/v1/webhooks/{id:long}", async (long id, WebhookStore store, CancellationToken ct) =>
            await store.DeleteAsync(id, ct) ? Results.NoContent() : Missing(id));

        admin.MapPost("/api/v1/webhooks/{id:long}/secret", async (long id, WebhookStore store, CancellationToken ct) =>
            await store.RotateSecretAsync(id, ct) is { } secret ? Results.Json(new { id, secret }) : Missing(id));

        admin.MapGet("/api/v1/webhooks/{id:long}/deliveries", async (long id, string? state, int? limit, long? before, WebhookStore store, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            WebhookDeliveryState? wanted = null;
            if (!string.IsNullOrWhiteSpace(state))
            {
                if (Enum.TryParse<WebhookDeliveryState>(state.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(state.Trim()[0])) wanted = parsed;
                else errors["state"] = [$"State must be one of {string.Join(", ", Enum.GetNames<WebhookDeliveryState>())}; it was '{state}'."];
            }
            if (limit is < 1 or > WebhookStore.MaxPageSize) errors["limit"] = [$"Limit must be between 1 and {WebhookStore.MaxPageSize}; it was {limit}."];
            if (errors.Count > 0) return QueueEventEndpoints.Invalid(errors, "The delivery query is not valid");
            if (await store.GetAsync(id, ct) is null) return Missing(id);
            return Results.Json((await store.ListDeliveriesAsync(id, wanted, limit ?? 50, before, ct)).Select(ToJson));
        });

        admin.MapPost("/api/v1/webhooks/{id:long}/deliveries/{deliveryId:long}/retry", async (long id, long deliveryId, WebhookStore store, CancellationToken ct) =>
            await store.RetryAsync(id, deliveryId, ct) is { } delivery
                ? Results.Json(ToJson(delivery), statusCode: StatusCodes.Status202Accepted)
                : QueueEventEndpoints.NotFound($"Webhook {id} has no delivery {deliveryId}."));

        admin.MapPost("/api/v1/webhooks/{id:long}/test", async (long id, WebhookStore store, TimeProvider time, CancellationToken ct) =>
        {
            var envelope = new WebhookEnvelope(WebhookEnvelope.NewId(), WebhookEventTypes.Ping, time.GetUtcNow(), new { webhookId = id, message = "CallCenter webhook test" });
            return await store.EnqueueForAsync(id, envelope.Type, envelope.Id, envelope.ToJson(), ct) is { } delivery
                ? Results.Json(ToJson(delivery), statusCode: StatusCodes.Status202Accepted)
                : Missing(id);
        });
    }

    private static async Task<(WebhookSubscriptionInput? Input, IResult? Problem)> ReadAsync(HttpRequest request, string title, CancellationToken ct)
    {
        WebhookRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<WebhookRequest>(request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException ex)
        {
            return (null, QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body is not a valid webhook (JSON, camelCase): {ex.Message}"] }, title));
        }
        if (body is null) return (null, QueueEventEndpoints.Invalid(new Dictionary<string, string[]> { ["body"] = ["Send the webhook as a JSON object."] }, title));
        var input = new WebhookSubscriptionInput(body.Name, body.Url, body.Events, body.Enabled ?? true);
        var errors = input.Validate();
        return errors.Count > 0 ? (null, QueueEventEndpoints.Invalid(errors, title)) : (input, null);
    }

    private static IResult Missing(long id) => QueueEventEndpoints.NotFound($"There is no webhook {id}.");

    private static Dictionary<string, object?> ToJson(WebhookSubscription s) => new()
    {
        ["id"] = s.Id, ["name"] = s.Name, ["url"] = s.Url, ["events"] = s.Events, ["enabled"] = s.Enabled,
        ["createdAt"] = Utc(s.CreatedAt), ["updatedAt"] = s.UpdatedAt is { } updated ? Utc(updated) : null,
    };

    private static object ToJson(WebhookDelivery d) => new
    {
        id = d.Id, webhookId = d.SubscriptionId, eventType = d.EventType, eventId = d.EventId, state = d.State.ToString(),
        attempts = d.Attempts, nextAttemptAt = d.State == WebhookDeliveryState.Pending ? Utc(d.NextAttemptAt) : (DateTimeOffset?)null,
        lastStatusCode = d.LastStatusCode, lastError = d.LastError, createdAt = Utc(d.CreatedAt),
        lastAttemptAt = d.LastAttemptAt is { } attempted ? Utc(attempted) : (DateTimeOffset?)null,
        deliveredAt = d.DeliveredAt is { } delivered ? Utc(delivered) : (DateTimeOffset?)null,
        payload = JsonSerializer.Deserialize<JsonElement>(d.Payload),
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

using System.Text.Json;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Telephony;
using CallCenter.Domain.Texts;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// An extension's call forwarding (呼叫前转) and follow-me (一号通): <c>GET /api/v1/extensions/{number}/forwarding</c> and
/// <c>PUT</c> (replaces every setting; a missing one is off, <c>noAnswerSeconds</c> defaults to 20). Body and answer:
/// <c>{"always": null, "busy": "1003", "noAnswer": "sip:13800138000@10.0.0.5", "noAnswerSeconds": 20,
/// "followMe": [{"target": "1004", "seconds": 15}]}</c>. Targets are extensions, numbers (digits) or SIP URIs, never the
/// extension itself; ring times 5–300 s; at most 3 follow-me numbers. Errors are problem details (400 with the fields,
/// 404 for an unknown extension). A save applies to the next call at once. Authorised by role (<see cref="PortalPolicies"/>).
/// </summary>
public static class ExtensionEndpoints
{
    public static void MapExtensions(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        admin.MapGet("/api/v1/extensions/{number}/forwarding", async (string number, ExtensionForwardingStore store, CancellationToken ct) =>
            await store.GetAsync(number, ct) is { } settings ? Results.Json(ToJson(settings)) : QueueEventEndpoints.NotFound($"There is no extension {number}."));

        admin.MapPut("/api/v1/extensions/{number}/forwarding", async (string number, HttpRequest request, ExtensionForwardingStore store, CancellationToken ct) =>
        {
            var (input, errors) = await ReadAsync(request, ct);
            if (input is null) return QueueEventEndpoints.Invalid(errors, "The forwarding was not saved");
            var result = await store.SaveAsync(number, input, ct);
            return result.Status switch
            {
                SaveStatus.Updated => Results.Json(ToJson(result.Settings!)),
                SaveStatus.NotFound => QueueEventEndpoints.NotFound($"There is no extension {number}."),
                _ => QueueEventEndpoints.Invalid(FieldMessages.ToEnglish(result.Errors), "The forwarding was not saved"),
            };
        });
    }

    // Read by hand so malformed JSON gets the same clear 400 as a broken rule.
    private static async Task<(ExtensionForwarding? Input, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ForwardingRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ForwardingRequest>(request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException ex)
        {
            errors["body"] = [$"The body is not valid forwarding settings (JSON, camelCase): {ex.Message}"];
            return (null, errors);
        }
        if (body is null)
        {
            errors["body"] = ["Send the forwarding settings as a JSON object."];
            return (null, errors);
        }
        var followMe = new List<FollowMeTarget>();
        for (var i = 0; i < (body.FollowMe?.Count ?? 0); i++)
        {
            if (body.FollowMe![i] is not { } step) errors[$"followMe[{i}]"] = ["A follow-me entry must be an object {\"target\", \"seconds\"}."];
            else followMe.Add(new FollowMeTarget(step.Target ?? "", step.Seconds ?? ExtensionForwarding.DefaultNoAnswerSeconds));
        }
        if (errors.Count > 0) return (null, errors);
        return (new ExtensionForwarding(body.Always, body.Busy, body.NoAnswer, body.NoAnswerSeconds ?? ExtensionForwarding.DefaultNoAnswerSeconds, followMe), errors);
    }

    private static object ToJson(ExtensionForwarding f) => new
    {
        always = f.Always,
        busy = f.Busy,
        noAnswer = f.NoAnswer,
        noAnswerSeconds = f.NoAnswerSeconds,
        followMe = f.FollowMe.Select(s => new { target = s.Target, seconds = s.Seconds }),
    };

    /// <summary>The JSON body of PUT; a missing setting is off (ring time 20 s).</summary>
    private sealed record ForwardingRequest(string? Always, string? Busy, string? NoAnswer, int? NoAnswerSeconds, List<FollowMeRequest?>? FollowMe);

    private sealed record FollowMeRequest(string? Target, int? Seconds);
}

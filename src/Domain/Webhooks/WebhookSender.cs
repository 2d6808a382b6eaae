using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Webhooks;

/// <summary>
/// POSTs one delivery's JSON to its endpoint with the headers <c>X-CallCenter-Event</c>, <c>X-CallCenter-Delivery</c>
/// (the delivery id), <c>X-CallCenter-Timestamp</c> (unix seconds) and <c>X-CallCenter-Signature</c>
/// (<see cref="WebhookSignature"/>). A 2xx answer within <see cref="WebhookOptions.Timeout"/> is delivered; anything
/// else (another status, a network error, a timeout) is a failed attempt. Never throws for the endpoint's faults.
/// </summary>
public sealed class WebhookSender(IOptions<WebhookOptions> options, TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task<WebhookAttempt> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken ct)
    {
        var timeout = options.Value.Timeout;
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-CallCenter-Event", delivery.EventType);
        request.Headers.Add("X-CallCenter-Delivery", delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-CallCenter-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-CallCenter-Signature", WebhookSignature.Compute(subscription.Secret, timestamp, delivery.Payload));
        request.Headers.UserAgent.ParseAdd("CallCenter-Webhooks/1");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new WebhookAttempt(true, status, null)
                : new WebhookAttempt(false, status, $"The endpoint answered {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, $"No answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAttempt(false, null, ex.InnerException?.Message is { } inner ? $"{ex.Message} ({inner})" : ex.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}

using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Messaging.Providers;

/// <summary>Sends outbox SMS by posting JSON (<c>{"id", "to", "text"}</c>) to a configured gateway URL; a non-2xx answer is a failure carrying the gateway's text.</summary>
public sealed class HttpSmsGatewaySender(IOptions<SmsGatewayOptions> options) : IMessageSender, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };

    public MessageChannel Channel => MessageChannel.Sms;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Url)) throw new InvalidOperationException("no SMS gateway is configured (Messaging:SmsGateway:Url)");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new { id = message.Id, to = message.Recipient, text = message.Body }),
        };
        foreach (var (name, value) in settings.Headers) request.Headers.TryAddWithoutValidation(name, value);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(timeout.Token);
                throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode}: {Truncate(text)}");
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"SMS gateway did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;

    public void Dispose() => _http.Dispose();
}

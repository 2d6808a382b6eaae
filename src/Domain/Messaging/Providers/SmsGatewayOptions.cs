namespace CallCenter.Domain.Messaging.Providers;

/// <summary>The HTTP SMS gateway (section <c>Messaging:SmsGateway</c>). No URL: SMS stay in the outbox as Failed with that reason.</summary>
public sealed class SmsGatewayOptions
{
    /// <summary>The gateway endpoint that takes <c>POST {"id", "to", "text"}</c> as JSON; any 2xx answer means accepted. Default none.</summary>
    public string? Url { get; set; }
    /// <summary>Extra request headers, e.g. <c>Authorization</c>; keep secrets in a secret store.</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Time allowed per request. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

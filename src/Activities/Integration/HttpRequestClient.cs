namespace CallCenter.Activities.Integration;

/// <summary>The one pooled HTTP client flows share to call business systems (connections recycled every 5 minutes for DNS changes).</summary>
public sealed class HttpRequestClient : IDisposable
{
    /// <summary>Largest response body read into a variable (1 MiB); a larger one is an error, not a memory spike per call.</summary>
    public const int MaxResponseBytes = 1 << 20;

    public HttpClient Http { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(10) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = MaxResponseBytes,
    };

    public void Dispose() => Http.Dispose();
}

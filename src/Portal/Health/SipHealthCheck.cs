using CallCenter.Telephony.Sip;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallCenter.Portal.Health;

/// <summary>Healthy when the SIP server's transports are bound (UDP always, TCP when configured).</summary>
public sealed class SipHealthCheck(SipStack stack) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(stack.UdpEndPoint is { } udp
            ? HealthCheckResult.Healthy($"udp:{udp} tcp:{stack.TcpEndPoint?.ToString() ?? "off"}")
            : HealthCheckResult.Unhealthy("The SIP transport is not bound"));
}

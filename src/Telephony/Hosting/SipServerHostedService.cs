using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Telephony.Hosting;

/// <summary>Starts the media clock and the SIP server with the host, sweeps expired registrations every minute, ends calls (inbound and originated) and stops both with the host.</summary>
public sealed class SipServerHostedService(
    SipStack stack,
    SipServerCore core,
    LocationService location,
    CallRegistry calls,
    CallService callService,
    CallSessionRegistry sessions,
    MediaClock clock,
    Lazy<DigitPrompts> digitPrompts,
    IOptions<SipStackOptions> listen,
    IOptions<SipTransportOptions> transport,
    TimeProvider time,
    ILogger<SipServerHostedService> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        stack.Transactions.User = core;
        core.AckHandler = (ack, _) => calls.Find(ack)?.OnAck();
        clock.Start();
        stack.Start(listen.Value, transport.Value);
        _ = Task.Run(() => digitPrompts.Value, cancellationToken);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var sweep = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await sweep.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var removed = location.RemoveExpired();
                if (removed > 0) logger.LogInformation("{Count} registration(s) expired", removed);
            }
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // Calls we placed are no ActiveCall (we are their UAC): they are hung up through their sessions.
        foreach (var session in sessions.All)
            if (session.Direction == CallDirection.Outbound) await session.HangUpAsync("the server is stopping", ct: CancellationToken.None).ConfigureAwait(false);
        foreach (var call in calls.All) await callService.EndAsync(call, "the server is stopping", sendBye: true).ConfigureAwait(false);
        await stack.DisposeAsync().ConfigureAwait(false);
        clock.Stop();
    }
}

using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Hosting;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.FeatureCodes;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Telephony.Extensions;

/// <summary>Registration of the SIP server. The application supplies an <see cref="ISipCredentialStore"/>.</summary>
public static class TelephonyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SIP server (UDP+TCP listeners, transactions, UAS core, OPTIONS, registrar, INVITE/BYE/CANCEL
    /// for the built-in test numbers and calls between extensions, INFO) started by the host. Options: <c>SipStackOptions</c>,
    /// <c>SipTransportOptions</c>, <c>SipTimerOptions</c>, <c>RegistrarOptions</c>, <c>RtpOptions</c>, <c>B2buaOptions</c> — bind
    /// them from configuration with <c>services.Configure&lt;T&gt;</c>.
    /// </summary>
    public static IServiceCollection AddSipServer(this IServiceCollection services)
    {
        services.AddOptions<SipStackOptions>();
        services.AddOptions<SipTransportOptions>();
        services.AddOptions<SipTimerOptions>();
        services.AddOptions<RegistrarOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SipStack(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SipTimerOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp =>
        {
            var registrar = sp.GetRequiredService<IOptions<RegistrarOptions>>().Value;
            return new LocationService(sp.GetRequiredService<TimeProvider>(), registrar.MinExpires, registrar.MaxExpires);
        });
        services.TryAddSingleton(sp =>
        {
            var registrar = sp.GetRequiredService<IOptions<RegistrarOptions>>().Value;
            return new DigestVerifier(new NonceService(sp.GetRequiredService<TimeProvider>(), registrar.NonceLifetime), registrar.Realm);
        });
        services.AddSingleton<ISipRequestHandler>(sp => new RegistrarHandler(
            sp.GetRequiredService<LocationService>(), sp.GetRequiredService<DigestVerifier>(), sp.GetRequiredService<ISipCredentialStore>(),
            sp.GetRequiredService<IOptions<RegistrarOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RegistrarHandler>>()));
        services.AddSingleton<ISipRequestHandler>(sp => new OptionsHandler(() => sp.GetRequiredService<SipServerCore>().AllowedMethods));
        services.AddOptions<RtpOptions>();
        services.TryAddSingleton(sp =>
        {
            var rtp = sp.GetRequiredService<IOptions<RtpOptions>>().Value;
            return new RtpPortPool(rtp.PortMin, rtp.PortMax);
        });
        services.TryAddSingleton(new SdpNegotiator(new SdpCapabilities()));
        services.AddOptions<MediaClockOptions>();
        services.TryAddSingleton(sp => new MediaClock(sp.GetRequiredService<IOptions<MediaClockOptions>>().Value, sp.GetRequiredService<ILogger<MediaClock>>()));
        // Made once (espeak-ng speech when installed, tones otherwise), warmed at start-up.
        services.TryAddSingleton(new Lazy<DigitPrompts>(DigitPrompts.Create, LazyThreadSafetyMode.ExecutionAndPublication));
        services.TryAddSingleton<ICallRecordSink, LoggingCallRecordSink>();
        services.TryAddSingleton<CallRegistry>();
        services.TryAddSingleton<CallService>();
        services.AddOptions<B2buaOptions>();
        services.TryAddSingleton<BridgedCallRegistry>();
        services.TryAddSingleton(sp => new ExtensionCallRouter(sp.GetRequiredService<SipStack>(), sp.GetRequiredService<RtpPortPool>(),
            sp.GetRequiredService<SdpNegotiator>(), sp.GetRequiredService<CallService>(), sp.GetRequiredService<BridgedCallRegistry>(),
            sp.GetRequiredService<LocationService>(), sp.GetRequiredService<DigestVerifier>(), sp.GetRequiredService<ISipCredentialStore>(),
            sp.GetRequiredService<IOptions<RegistrarOptions>>().Value, sp.GetRequiredService<IOptions<B2buaOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IExtensionForwarding>(), sp.GetService<IFeatureCodeHandler>(), sp.GetRequiredService<MediaClock>(), sp.GetRequiredService<CallSessionRegistry>()));
        services.TryAddSingleton<CallSessionRegistry>();
        services.TryAddSingleton(sp => new CallOriginator(sp.GetRequiredService<SipStack>(), sp.GetRequiredService<RtpPortPool>(),
            sp.GetRequiredService<SdpNegotiator>(), sp.GetRequiredService<CallService>(), sp.GetRequiredService<BridgedCallRegistry>(),
            sp.GetRequiredService<CallSessionRegistry>(), sp.GetRequiredService<LocationService>(), sp.GetRequiredService<IOptions<RegistrarOptions>>().Value,
            sp.GetRequiredService<MediaClock>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IExtensionForwarding>()));
        services.TryAddSingleton<ITelephony>(sp => new SipTelephony(sp.GetRequiredService<CallSessionRegistry>(), sp.GetRequiredService<LocationService>(),
            sp.GetRequiredService<CallOriginator>()));
        services.AddSingleton<ISipRequestHandler, InviteHandler>();
        services.AddSingleton<ISipRequestHandler>(sp => new ByeHandler(sp.GetRequiredService<CallRegistry>(), sp.GetRequiredService<CallService>(), sp.GetRequiredService<BridgedCallRegistry>()));
        services.AddSingleton<ISipRequestHandler>(sp => new CancelHandler(sp.GetRequiredService<SipStack>().Transactions, sp.GetRequiredService<BridgedCallRegistry>()));
        services.AddSingleton<ISipRequestHandler, InfoHandler>();
        services.TryAddSingleton<SipServerCore>();
        services.AddHostedService<SipServerHostedService>();
        return services;
    }
}

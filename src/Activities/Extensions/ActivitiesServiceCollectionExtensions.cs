using CallCenter.Activities.Acd;
using CallCenter.Activities.Calendars;
using CallCenter.Activities.Calls;
using CallCenter.Activities.Calls.Inbound;
using CallCenter.Activities.Conferences;
using CallCenter.Activities.Customers;
using CallCenter.Activities.Integration;
using CallCenter.Activities.Messaging;
using CallCenter.Activities.Prompts;
using CallCenter.Activities.Say;
using CallCenter.Activities.Screening;
using CallCenter.Activities.Telephony;
using CallCenter.Activities.Tickets;
using CallCenter.Domain.Extensions;
using CallCenter.Engine.Extensions;
using CallCenter.Domain.Acd;
using CallCenter.Engine.Options;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Activities.Extensions;

/// <summary>Registers the contact-center activities and the Domain services they use.</summary>
public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// The call activities (Answer, Play, Menu, GatherDigits, Record, Transfer, Hangup) with the call binding
    /// (<see cref="CallSessions"/>), and the data, integration and messaging activities (BusinessHours, ListCheck,
    /// LookupCustomer, VerifyPin, CreateTicket, LookupTicket, HttpRequest, SendEmail, SendSms) with the Domain
    /// services. Call after <c>AddWorkflowEngine()</c> and <c>AddCallCenterDatabase()</c>. The voice server's
    /// handler is registered by the host: <c>AddSingleton&lt;IIncomingCallHandler, IvrCallHandler&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddCallCenterActivities(this IServiceCollection services)
    {
        services.AddCallCenterDomain();
        services.TryAddSingleton<HttpRequestClient>();
        services.AddOptions<IvrOptions>();
        services.AddHostedService<RecordingRetentionService>();
        services.TryAddSingleton<CallSessions>();
        services.TryAddSingleton<Tickets.TicketEvents>();
        services.TryAddSingleton<CallFlowWatcher>();
        services.TryAddSingleton<Calls.Simulation.CallSimulator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunListener, CallFlowWatcher>(sp => sp.GetRequiredService<CallFlowWatcher>()));
        services.TryAddSingleton<IvrCallHandler>();
        // One writer for call records and call traces (the host maps ICallRecordSink to it too).
        services.TryAddSingleton<DatabaseCallRecordSink>();
        services.TryAddSingleton<ICallTraceSink>(sp => sp.GetRequiredService<DatabaseCallRecordSink>());
        services.AddPromptLibrary();
        services.AddAcd();
        services.TryAddSingleton<ConferenceRooms>();
        return services
            .AddActivity<Enqueue>()
            .AddActivity<Conference>()
            .AddActivity<Answer>()
            .AddActivity<Play>()
            .AddActivity<SetCallAttributes>()
            .AddActivity<Menu>()
            .AddActivity<GatherDigits>()
            .AddActivity<Record>()
            .AddActivity<Transfer>()
            .AddActivity<Hangup>()
            .AddActivity<BusinessHours>()
            .AddActivity<ListCheck>()
            .AddActivity<LookupCustomer>()
            .AddActivity<VerifyPin>()
            .AddActivity<CreateTicket>()
            .AddActivity<LookupTicket>()
            .AddActivity<HttpRequest>()
            .AddActivity<SendEmail>()
            .AddActivity<SendSms>()
            .AddActivity<SayNumber>()
            .AddActivity<SayDigits>()
            .AddActivity<SayDate>()
            .AddActivity<SayMoney>();
    }

    /// <summary>
    /// The ACD (<see cref="InMemoryAcd"/> behind <see cref="IAcd"/>, the center's time zone for "today" counters) and the
    /// call side of it: configuration from the database, agents rung for offers, queued callers, hold music, the queue
    /// log and agent call events for screen pops.
    /// </summary>
    public static IServiceCollection AddAcd(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IAcd))) return services;
        services.AddSingleton<IAcd>(sp => new InMemoryAcd(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<InMemoryAcd>>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value.ResolveTimeZone()));
        services.AddSingleton<AcdConfiguration>();
        services.AddSingleton<QueuedCalls>();
        services.AddSingleton<LiveCalls>();
        services.AddSingleton<AgentCaller>();
        services.AddSingleton<AgentCallEvents>();
        services.AddSingleton<AcdLogObserver>();
        services.AddSingleton<QueueHold>();
        services.AddHostedService<AcdStartup>();
        services.AddClickToDial();
        return services;
    }

    /// <summary>
    /// The prompt library, the TTS cache, <see cref="IPromptProvider"/>, the Say* composer and the publish-time check
    /// that every prompt a flow names exists. Options: <see cref="PromptStorageOptions"/> (section <c>Prompts</c>).
    /// </summary>
    public static IServiceCollection AddPromptLibrary(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PromptLibrary))) return services;
        services.AddOptions<PromptStorageOptions>();
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<TtsCache>();
        services.AddSingleton<SpeechComposer>();
        services.AddSingleton<IPromptProvider, PromptProvider>();
        services.AddSingleton<Engine.Validation.IWorkflowValidator, PromptReferenceValidator>();
        return services;
    }
}

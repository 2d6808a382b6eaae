using CallCenter.Domain.Calendars;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Messaging;
using CallCenter.Domain.Messaging.Providers;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Routing;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Domain.Extensions;

/// <summary>Registers the Domain services flows use: customers, lists, calendars, tickets, routes, the outbox, agents, queues and the ACD log.</summary>
public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The Domain services over the database registered by <c>AddCallCenterDatabase</c>, the outbox with its
    /// SMTP and HTTP SMS-gateway providers and its background worker, the IVR demo-data seeder, the agent and queue
    /// directories, the ACD log writer (a hosted service), the ACD demo-data seeder, the API-key store, the wrap-up store, the desk's knowledge base, call scripts and internal messages, and outbound webhooks (store, sender, dispatcher, worker).
    /// Options: <see cref="OutboxOptions"/>, <see cref="SmtpOptions"/>, <see cref="SmsGatewayOptions"/>, <see cref="AcdLogOptions"/>, <see cref="Webhooks.WebhookOptions"/>.
    /// </summary>
    public static IServiceCollection AddCallCenterDomain(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CustomerDirectory))) return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>();
        services.AddOptions<SmtpOptions>();
        services.AddOptions<SmsGatewayOptions>();
        services.AddOptions<DemoDataOptions>();
        services.AddOptions<Numbers.NumberOptions>();
        services.AddSingleton<Numbers.NumberNormalizer>();
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<CallerScreening>();
        services.AddSingleton<BusinessHoursService>();
        services.AddSingleton<TicketService>();
        services.AddSingleton<TicketQueries>();
        services.AddSingleton<TicketUpdates>();
        services.AddSingleton<InboundRouteResolver>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IMessageSender, SmtpEmailSender>();
        services.AddSingleton<IMessageSender, HttpSmsGatewaySender>();
        services.AddHostedService<OutboxWorker>();
        services.AddSingleton<DemoIvrSeeder>();
        // ACD data (issue 5): agent and queue configuration, and the asynchronous queue/agent-status log writer.
        services.AddOptions<AcdLogOptions>();
        services.AddSingleton<AgentDirectory>();
        services.AddSingleton<QueueDirectory>();
        services.AddSingleton<Telephony.ExtensionDirectory>();
        services.AddSingleton<AcdLogWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AcdLogWriter>());
        services.AddSingleton<DemoAcdSeeder>();
        // Portal security and wrap-up (issue 6): API keys and agents' wrap-ups; Identity itself is registered by the Portal.
        services.AddSingleton<Security.ApiKeyStore>();
        services.AddSingleton<Calls.CallWrapUpStore>();
        // The agent desk (issue 6): knowledge base, call scripts, internal messages.
        services.AddSingleton<Knowledge.KnowledgeBase>();
        services.AddSingleton<Scripts.ScriptLibrary>();
        services.AddSingleton<AgentMessages.AgentMessageStore>();
        services.AddSingleton<DemoDeskSeeder>();
        services.AddAdministrationStores(); // customers page, calendars, routes, lists (issue 6)
        // Outbound webhooks (issue 6): subscriptions, the durable delivery log and its background sender.
        services.AddOptions<Webhooks.WebhookOptions>();
        services.AddSingleton<Webhooks.WebhookSignal>();
        services.AddSingleton<Webhooks.WebhookStore>();
        services.AddSingleton<Webhooks.WebhookSender>();
        services.AddSingleton<Webhooks.WebhookDispatcher>();
        services.AddHostedService<Webhooks.WebhookWorker>();
        return services;
    }
}

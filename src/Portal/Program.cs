using CallCenter.Activities.Calls;
using CallCenter.Activities.Calls.Inbound;
using CallCenter.Activities.Extensions;
using CallCenter.Activities.Telephony;
using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Options;
using CallCenter.Portal.Api;
using CallCenter.Portal.Components;
using CallCenter.Portal.Localization;
using CallCenter.Portal.Cti;
using CallCenter.Portal.Demo;
using CallCenter.Portal.Health;
using CallCenter.Portal.Pages;
using CallCenter.Portal.Security;
using CallCenter.Portal.Webhooks;
using CallCenter.Portal.Workflows;
using CallCenter.Telephony.Extensions;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;

var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.AddPortalUi(); // Blazor pages with MudBlazor, zh-CN/en
builder.Services.AddCenterClock(builder.Configuration); // Clock:StartAt (demo/test) moves the wall clock
builder.Services.AddWorkflowEngine();
builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection("Engine"));
builder.Services.AddCallCenterDatabase(database);
builder.Services.AddCallCenterActivities();
builder.Services.AddCti();
builder.Services.AddWebhooks(); // outbound webhooks from the CTI stream (section Webhooks)
builder.Services.Configure<CallCenter.Domain.Messaging.OutboxOptions>(builder.Configuration.GetSection("Messaging:Outbox"));
builder.Services.Configure<CallCenter.Domain.Messaging.Providers.SmtpOptions>(builder.Configuration.GetSection("Messaging:Smtp"));
builder.Services.Configure<CallCenter.Domain.Messaging.Providers.SmsGatewayOptions>(builder.Configuration.GetSection("Messaging:SmsGateway"));
builder.Services.Configure<CallCenter.Domain.Numbers.NumberOptions>(builder.Configuration.GetSection("Numbers"));
builder.Services.Configure<CallCenter.Activities.Acd.DialingOptions>(builder.Configuration.GetSection("Dialing"));
builder.Services.Configure<CallCenter.Domain.QueueEvents.AcdLogOptions>(builder.Configuration.GetSection("Acd:Log"));
builder.Services.Configure<ShippedWorkflowOptions>(builder.Configuration.GetSection("Workflows"));
builder.Services.AddSingleton<ShippedWorkflowLoader>();
builder.Services.AddSingleton<CallCenter.Designer.Properties.IDesignerLookups, CallCenter.Portal.Designer.PortalDesignerLookups>(); // the flow designer's pickers
builder.Services.AddSingleton<CallCenter.Portal.Designer.Simulation.SimulationAudio>(); // the designer's simulator: prompts as WAV
builder.Services.AddSingleton<CallCenter.Designer.Simulation.IFlowSimulator, CallCenter.Portal.Designer.Simulation.PortalFlowSimulator>();
builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection("DemoData"));
builder.Services.Configure<CallCenter.Activities.Prompts.PromptStorageOptions>(builder.Configuration.GetSection("Prompts"));
builder.Services.AddHostedService<CallCenter.Activities.Say.SpeechWarmUp>();
builder.Services.AddSingleton<CallCenter.Telephony.Calls.ICallRecordSink>(sp => sp.GetRequiredService<DatabaseCallRecordSink>());
builder.Services.AddSipServer();
builder.Services.Configure<SipStackOptions>(builder.Configuration.GetSection("Telephony:Sip"));
builder.Services.Configure<SipTransportOptions>(builder.Configuration.GetSection("Telephony:Sip"));
builder.Services.Configure<SipTimerOptions>(builder.Configuration.GetSection("Telephony:Sip:Timers"));
builder.Services.Configure<RegistrarOptions>(builder.Configuration.GetSection("Telephony:Registrar"));
builder.Services.Configure<B2buaOptions>(builder.Configuration.GetSection("Telephony:B2bua"));
builder.Services.Configure<CallCenter.Telephony.Rtp.RtpOptions>(builder.Configuration.GetSection("Telephony:Rtp"));
builder.Services.AddSingleton<ISipCredentialStore, ExtensionCredentialStore>();
// Service numbers: routes (data) start flows bound to the call; unrouted service numbers hear "not in service".
builder.Services.Configure<IvrOptions>(builder.Configuration.GetSection("Ivr"));
builder.Services.AddSingleton<IIncomingCallHandler>(sp => sp.GetRequiredService<IvrCallHandler>());
// Extensions: agent feature codes (*70-*73, authenticated callers only) and call forwarding / follow-me from the extensions table.
builder.Services.AddSingleton<CallCenter.Telephony.Sessions.FeatureCodes.IFeatureCodeHandler, CallCenter.Activities.Acd.AgentFeatureCodes>();
builder.Services.AddSingleton<CallCenter.Domain.Telephony.ExtensionForwardingStore>();
builder.Services.AddSingleton<ExtensionForwardingProvider>();
builder.Services.AddSingleton<CallCenter.Telephony.Sessions.Forwarding.IExtensionForwarding>(sp => sp.GetRequiredService<ExtensionForwardingProvider>());
builder.Services.AddPortalSecurity(builder.Configuration); // Identity, cookie + X-Api-Key, role policies (Portal:AdminPassword, WebCti:BootstrapApiKey)
builder.Services.AddPortalOpenApi();
builder.Services.AddPortalHealthChecks();
CallCenter.Domain.Reports.ReportServiceCollectionExtensions.AddCallCenterReports(builder.Services).Configure<CallCenter.Domain.Reports.Rollups.HourlyRollupOptions>(builder.Configuration.GetSection(CallCenter.Domain.Reports.Rollups.HourlyRollupOptions.Section)); // report queries and Excel (pages under /reports)
CallCenter.Domain.Reports.Schedules.ReportScheduleServiceCollectionExtensions.AddReportSubscriptions(builder.Services).Configure<CallCenter.Domain.Reports.Schedules.ReportScheduleOptions>(builder.Configuration.GetSection("Reports:Schedules")); // report mails (/reports/subscriptions)
var realm = builder.Configuration["Telephony:Registrar:Realm"] ?? new RegistrarOptions().Realm;

var app = builder.Build();
if (database.MigrateOnStart)
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
await app.Services.GetRequiredService<ShippedWorkflowLoader>().PublishMissingAsync();
foreach (var extension in await app.Services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(realm))
    app.Logger.LogWarning("Demo extension {Number} created, SIP password {Password} (shown only now; realm {Realm})", extension.Number, extension.Password, realm);
var ivrDemoRows = await app.Services.GetRequiredService<DemoIvrSeeder>().SeedAsync();
if (ivrDemoRows > 0) app.Logger.LogInformation("IVR demo data created ({Rows} rows: customers, lists, the 12345 calendar, tickets, routes)", ivrDemoRows);
var acdDemoRows = await app.Services.GetRequiredService<DemoAcdSeeder>().SeedAsync();
if (acdDemoRows > 0) app.Logger.LogInformation("ACD demo data created ({Rows} rows: agents 8001-8005, skills, groups, queues hotline and card-service)", acdDemoRows);
var deskDemoRows = await app.Services.GetRequiredService<DemoDeskSeeder>().SeedAsync();
if (deskDemoRows > 0) app.Logger.LogInformation("Agent desk demo data created ({Rows} rows: knowledge-base articles, call scripts)", deskDemoRows);
await app.Services.GetRequiredService<ExtensionForwardingProvider>().LoadAsync();

app.UsePortalCultures(); // zh-CN / en from the cookie or the browser
app.UsePortalSecurity(); // authentication, authorisation, antiforgery
app.MapAccount();
app.MapPortalOpenApi();
app.MapPortalHealth();
app.MapPortalUi();
app.MapGet("/status", StatusPage.RenderAsync).RequireAuthorization(PortalPolicies.Administration);
app.MapApiKeys();
app.MapWrapUps();
app.MapTelephonyStats();
app.MapPrompts();
app.MapCalls();
app.MapAgents();
app.MapQueues();
app.MapQueueEvents();
app.MapAcd();
app.MapCallControl();
app.MapConferences();
app.MapExtensions();
app.MapCustomers();
app.MapCti();
app.MapDialing();
app.MapWebhooks(); app.MapTickets();
app.MapDemoCardSystem();
CallCenter.Portal.Reports.ReportDownloadEndpoints.MapReportDownloads(app); // GET /reports/{name}.xlsx, /reports/calls.xlsx
CallCenter.Portal.Components.Admin.AdminPages2.Map(app); // data/settings.json as configuration; prompt audio for /admin/prompts
CallCenter.Portal.Designer.Simulation.SimulationAudio.Map(app); // the simulator's prompts
app.Lifetime.ApplicationStarted.Register(() =>
{
    app.Logger.LogInformation("CallCenter is up on {Urls} ({Provider} database)", string.Join(", ", app.Urls), database.Provider);
    // Where to go and how to sign in, at every start.
    app.Logger.LogInformation("Sign in at {Url}/login as admin with Portal:AdminPassword, or the password printed once when the admin user was created " +
        "(demo users 8001-8005, supervisor and manager likewise, or DemoData:UserPassword)", app.Urls.FirstOrDefault() ?? "http://localhost:5080");
});
await app.RunAsync();

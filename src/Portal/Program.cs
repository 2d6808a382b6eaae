using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Options;
using CallCenter.Portal.Pages;
using CallCenter.Portal.Workflows;

var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddWorkflowEngine();
builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection("Engine"));
builder.Services.AddCallCenterDatabase(database);
builder.Services.Configure<ShippedWorkflowOptions>(builder.Configuration.GetSection("Workflows"));
builder.Services.AddSingleton<ShippedWorkflowLoader>();
builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection("DemoData"));
var realm = builder.Configuration["Telephony:Sip:Realm"] ?? "callcenter";

var app = builder.Build();
if (database.MigrateOnStart)
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
await app.Services.GetRequiredService<ShippedWorkflowLoader>().PublishMissingAsync();
foreach (var extension in await app.Services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(realm))
    app.Logger.LogWarning("Demo extension {Number} created, SIP password {Password} (shown only now; realm {Realm})", extension.Number, extension.Password, realm);

app.MapGet("/", StatusPage.RenderAsync);
app.MapGet("/health", () => Results.Text("ok"));
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("CallCenter is up on {Urls} ({Provider} database)", string.Join(", ", app.Urls), database.Provider));
await app.RunAsync();

using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
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

var app = builder.Build();
if (database.MigrateOnStart)
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
await app.Services.GetRequiredService<ShippedWorkflowLoader>().PublishMissingAsync();

app.MapGet("/", StatusPage.RenderAsync);
app.MapGet("/health", () => Results.Text("ok"));
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("CallCenter is up on {Urls} ({Provider} database)", string.Join(", ", app.Urls), database.Provider));
await app.RunAsync();

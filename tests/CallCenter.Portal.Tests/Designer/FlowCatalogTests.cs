using System.Globalization;
using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Routing;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Portal.Components.Designer;
using CallCenter.Portal.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Tests.Designer;

/// <summary>The flow list's actions on a real SQLite database: statuses, authors, the routed-flow guard, ids.</summary>
public sealed class FlowCatalogTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-catalog-").FullName;
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
        var services = new ServiceCollection().AddLogging().AddLocalization();
        services.AddWorkflowEngine().AddCallCenterDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "cc.db")}" })
            .AddCallCenterDomain().AddAdministrationStores();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    private FlowCatalog Catalog => new(_services.GetRequiredService<IDefinitionStore>(), _services.GetRequiredService<WorkflowDefinitionService>(),
        _services.GetRequiredService<InboundRouteStore>(), _services.GetRequiredService<IStringLocalizer<DesignerText>>());

    [Fact]
    public async Task A_new_flow_is_a_draft_by_its_author_and_after_publish_and_an_edit_shows_published_with_a_newer_draft()
    {
        var created = await Catalog.CreateAsync("Night line", null, "li.lei");
        Assert.False(created.Failed, created.Message);
        Assert.Equal("night-line", created.FlowId);

        var draft = Assert.Single(await Catalog.ListAsync());
        Assert.Equal(("night-line", 1, (int?)null, "li.lei", "Status.Draft"), (draft.Id, draft.LatestVersion, draft.PublishedVersion, draft.LastChangedBy, draft.StatusKey));

        var definitions = _services.GetRequiredService<WorkflowDefinitionService>();
        var flow = (await Catalog.LatestAsync("night-line"))!;
        Assert.True((await definitions.PublishAsync(flow)).Success);
        flow.ChangedBy = "han.meimei";
        await definitions.SaveDraftAsync(flow);

        var row = Assert.Single(await Catalog.ListAsync());
        Assert.Equal((2, (int?)1, "han.meimei", "Status.PublishedWithDraft"), (row.LatestVersion, row.PublishedVersion, row.LastChangedBy, row.StatusKey));
    }

    [Fact]
    public async Task A_routed_flow_is_not_deleted_and_the_refusal_names_the_number_until_the_route_is_gone()
    {
        await Catalog.CreateAsync("Sales line", "sales", "admin");
        var routes = _services.GetRequiredService<InboundRouteStore>();
        var route = new InboundRoute { CalledNumber = "7000", WorkflowDefinitionId = "sales", Enabled = false };
        Assert.Null(await routes.SaveAsync(route));

        var refused = await Catalog.DeleteAsync("sales");

        Assert.True(refused.Failed);
        Assert.Contains("7000", refused.Message);
        Assert.Equal(["7000"], Assert.Single(await Catalog.ListAsync()).Numbers);
        Assert.True(await routes.DeleteAsync(route.Id));
        Assert.False((await Catalog.DeleteAsync("sales")).Failed);
        Assert.Empty(await Catalog.ListAsync());
    }

    [Fact]
    public async Task Ids_in_use_or_unusable_are_refused_and_nothing_is_stored()
    {
        await Catalog.CreateAsync("Sales line", "sales", "admin");

        var taken = await Catalog.CreateAsync("Another", "sales", "admin");
        var chineseOnly = await Catalog.CreateAsync("夜间热线", null, "admin");
        var importedOverExisting = await Catalog.ImportAsync((await Catalog.ExportAsync("sales"))!, null, "admin");

        Assert.True(taken.Failed && chineseOnly.Failed && importedOverExisting.Failed);
        Assert.Contains("sales", taken.Message);
        Assert.Contains("sales", importedOverExisting.Message);
        var only = Assert.Single(await Catalog.ListAsync());
        Assert.Equal(("sales", 1), (only.Id, only.LatestVersion));
    }

    [Theory]
    [InlineData("Night line 2", "night-line-2")]
    [InlineData("  VIP—客户 #1 ", "vip-1")]
    [InlineData("夜间热线", "")]
    public void A_name_suggests_a_lowercase_dashed_id(string name, string id) => Assert.Equal(id, FlowIds.Slug(name));

    public async Task DisposeAsync()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = _culture;
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

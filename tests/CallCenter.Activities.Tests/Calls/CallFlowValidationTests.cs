using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>
/// The Engine's publish-time checks with the real call activities: a Menu option leading nowhere refuses the publish
/// naming the menu and the option, and every flow shipped under workflows/ still validates.
/// </summary>
public sealed class CallFlowValidationTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync() => _host = await ActivityHost.StartAsync(seed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Answer → Menu "主菜单" (1, 2) → Play "one" for 1; 2 is left unconnected unless <paramref name="connectTwo"/>.</summary>
    private static WorkflowDefinition MenuFlow(bool connectTwo)
    {
        var flow = new FlowBuilder("menu-flow")
            .Activity("start", "Start")
            .Activity("answer", "Answer")
            .Activity("menu1", "Menu", new { text = "请按一或二", options = new[] { new { digit = "1" }, new { digit = "2" } } })
            .Activity("one", "Play", new { text = "one" })
            .Activity("two", "Play", new { text = "two" })
            .Activity("hangup", "Hangup")
            .Chain("start", "answer", "menu1")
            .Connect("menu1", "1", "one")
            .Connect("one", "hangup")
            .Connect("two", "hangup");
        if (connectTwo) flow.Connect("menu1", "2", "two");
        var definition = flow.Build();
        definition.Root.Activities.Single(a => a.Id == "menu1").DisplayName = "主菜单";
        return definition;
    }

    [Fact]
    public async Task Publishing_a_menu_whose_option_leads_nowhere_is_refused_with_an_error_naming_the_menu_and_the_option()
    {
        var definitions = _host.Get<WorkflowDefinitionService>();

        var refused = await definitions.PublishAsync(MenuFlow(connectTwo: false));

        Assert.False(refused.Success);
        var error = Assert.Single(refused.Validation.Errors);
        Assert.Equal(("menu1", "2"), (error.ActivityId, error.Outcome));
        Assert.Equal("Menu \"主菜单\" (menu1): option 2 leads nowhere — connect it to the next step.", error.Message);
        // "two" is then reachable from nowhere: said too, as a warning.
        Assert.Equal("two", Assert.Single(refused.Validation.Warnings).ActivityId);
        Assert.Null(await _host.Get<Engine.Persistence.IDefinitionStore>().FindPublishedAsync("menu-flow"));

        var published = await definitions.PublishAsync(MenuFlow(connectTwo: true));
        Assert.True(published.Success, published.ToString());
        Assert.Empty(published.Validation.Problems); // Timeout, Invalid and Error may stay unconnected
    }

    public static TheoryData<string> ShippedFlows() => new(Directory.EnumerateFiles(WorkflowsFolder(), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void Each_shipped_flow_validates_without_errors_with_the_call_activities(string file)
    {
        var parsed = WorkflowJson.Parse(File.ReadAllText(Path.Combine(WorkflowsFolder(), file)));
        Assert.True(parsed.Success, parsed.Error);

        var validation = _host.Get<WorkflowCompiler>().Validate(parsed.Definition!);

        Assert.True(validation.IsValid, validation.ToString());
        Assert.Empty(validation.Warnings);
    }

    // The repository's workflows/ folder (beside CallCenter.sln), found from the test's output folder.
    private static string WorkflowsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) return Path.Combine(dir.FullName, "workflows");
        throw new DirectoryNotFoundException($"no CallCenter.sln above {AppContext.BaseDirectory}");
    }
}

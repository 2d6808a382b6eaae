using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>
/// Outcomes that must be connected before a flow is published: every option of a menu and case of a switch, and what
/// an activity declares required; fixed outcomes such as Timeout, Default and Error may end the flow.
/// </summary>
public sealed class RequiredOutcomeTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create(services: s => s.AddActivity<KeyMenu>().AddActivity<CardLookup>());

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidationResult Validate(WorkflowDefinition flow) => _host.Services.GetRequiredService<WorkflowCompiler>().Validate(flow);

    /// <summary>Start → menu "主菜单" (menu1) with keys 1 and 2; key 1 → Probe "one".</summary>
    private static FlowBuilder MainMenu() => new FlowBuilder("ivr")
        .Variable("key")
        .Activity("start", "Start")
        .Activity("menu1", "KeyMenu", new { keys = new[] { "1", "2" } })
        .Activity("one", "Probe", new { name = "one" })
        .Connect("start", "menu1")
        .Connect("menu1", "1", "one");

    private static WorkflowDefinition Named(FlowBuilder flow, string activityId, string displayName)
    {
        var definition = flow.Build();
        definition.Root.Activities.Single(a => a.Id == activityId).DisplayName = displayName;
        return definition;
    }

    [Fact]
    public async Task A_menu_option_leading_nowhere_is_an_error_naming_the_menu_and_the_option_and_refuses_the_publish()
    {
        var flow = Named(MainMenu(), "menu1", "主菜单");

        var error = Assert.Single(Validate(flow).Errors);
        Assert.Equal(("menu1", null, "2"), (error.ActivityId, error.Property, error.Outcome));
        Assert.Equal("Key menu \"主菜单\" (menu1): option 2 leads nowhere — connect it to the next step.", error.Message);
        Assert.Equal("activity 'menu1', outcome '2': " + error.Message, error.ToString());

        var refused = await _host.Definitions.PublishAsync(flow);

        Assert.False(refused.Success);
        Assert.Equal(error, Assert.Single(refused.Validation.Errors));
        Assert.Null(await _host.DefinitionStore.FindPublishedAsync("ivr"));
        Assert.Equal(0, await _host.DefinitionStore.GetLatestVersionAsync("ivr"));
    }

    [Fact]
    public async Task Connecting_the_option_clears_the_error_and_the_published_flow_takes_it()
    {
        // Timeout (a fixed outcome) and Error stay unconnected: the flow may end there.
        var flow = Named(MainMenu().Activity("two", "Probe", new { name = "two" }).Connect("menu1", "2", "two"), "menu1", "主菜单");

        var validation = Validate(flow);
        Assert.True(validation.IsValid, validation.ToString());
        Assert.Empty(validation.Problems);

        await _host.PublishAsync(flow);
        await _host.StartAsync("ivr", new(Variables: new Dictionary<string, object?> { ["key"] = "2" }));
        Assert.Equal(["two"], _host.Probes.Hits.Select(h => h.Name));
    }

    [Fact]
    public void A_switch_case_leading_nowhere_is_an_error_while_Default_may_stay_unconnected()
    {
        var flow = new FlowBuilder("route")
            .Activity("start", "Start")
            .Activity("tier", "Switch", new { cases = new[] { new { outcome = "Vip", condition = "true" }, new { outcome = "Debt", condition = "false" } } })
            .Activity("vip", "Log", new { message = "vip" })
            .Connect("start", "tier")
            .Connect("tier", "Vip", "vip");

        var error = Assert.Single(Validate(flow.Build()).Errors);
        Assert.Equal(("tier", "Debt"), (error.ActivityId, error.Outcome));
        Assert.Equal("Switch (tier): option Debt leads nowhere — connect it to the next step.", error.Message);

        Assert.Empty(Validate(flow.Connect("tier", "Debt", "vip").Build()).Problems);
    }

    [Fact]
    public void A_declared_outcome_is_required_only_when_the_activity_says_so()
    {
        var flow = new FlowBuilder("cards")
            .Activity("start", "Start")
            .Activity("lookup", "CardLookup")
            .Activity("missing", "Log", new { message = "no such card" })
            .Connect("start", "lookup")
            .Connect("lookup", "NotFound", "missing");

        var error = Assert.Single(Validate(Named(flow, "lookup", "Find the card")).Errors);
        Assert.Equal(("lookup", "Found"), (error.ActivityId, error.Outcome));
        Assert.Equal("Card lookup \"Find the card\" (lookup): the outcome Found leads nowhere — connect it to the next step.", error.Message);

        var other = new FlowBuilder("cards2")
            .Activity("start", "Start")
            .Activity("lookup", "CardLookup")
            .Activity("found", "Log", new { message = "found" })
            .Connect("start", "lookup")
            .Connect("lookup", "Found", "found");
        Assert.Empty(Validate(other.Build()).Problems); // NotFound and Error may end the flow
    }

    [Fact]
    public void Each_unconnected_required_outcome_is_its_own_error_even_on_an_activity_with_other_problems()
    {
        var flow = new FlowBuilder("ivr")
            .Activity("start", "Start")
            .Activity("menu1", "KeyMenu", new { keys = new[] { "1", "2", "3" }, colour = "red" })
            .Connect("start", "menu1");

        var result = Validate(flow.Build());

        Assert.Equal(["1", "2", "3"], result.Errors.Select(e => e.Outcome));
        Assert.All(result.Errors, e => Assert.Equal("menu1", e.ActivityId));
        Assert.Equal(("menu1", "colour"), (Assert.Single(result.Warnings).ActivityId, result.Warnings.Single().Property));
    }

    [Fact]
    public void The_descriptor_carries_which_outcomes_are_required()
    {
        var registry = _host.Services.GetRequiredService<ActivityRegistry>();
        var menu = registry.Find("KeyMenu")!;
        var lookup = registry.Find("CardLookup")!;
        var ifElse = registry.Find("If")!;

        Assert.True(menu.IsRequiredOutcome("7"));                  // computed from the node: an option
        Assert.False(menu.IsRequiredOutcome("Timeout"));           // declared: optional
        Assert.False(menu.IsRequiredOutcome(ActivityDescriptor.ErrorOutcome));
        Assert.Equal(["Found"], lookup.RequiredOutcomes);
        Assert.True(lookup.IsRequiredOutcome("Found"));
        Assert.False(lookup.IsRequiredOutcome("NotFound"));
        Assert.False(ifElse.IsRequiredOutcome("True"));
        Assert.False(ifElse.IsRequiredOutcome("False"));
    }

    [Fact]
    public void An_activity_requiring_an_outcome_it_does_not_declare_is_refused_at_registration()
    {
        var error = Assert.Throws<ArgumentException>(() => ActivityDescriptorFactory.Create(typeof(Misdeclared)));

        Assert.Contains("requires the outcome 'Sucess'", error.Message);
    }

    [Activity("Test", "Misdeclared", "Requires an outcome it does not have.")]
    [Outcomes("Success", "Failure", Required = ["Sucess"])]
    private sealed class Misdeclared : Activity
    {
        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.FromOutcome("Success"));
    }
}

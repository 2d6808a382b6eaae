using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Descriptors;

public sealed class ActivityDescriptorTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create(services: s => s.AddActivity<Greeting>());

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ActivityRegistry Registry => _host.Services.GetRequiredService<ActivityRegistry>();

    private ActivityDescriptor Find(string type) => Registry.Find(type) ?? throw new Xunit.Sdk.XunitException($"'{type}' is not registered");

    [Fact]
    public void Palette_lists_every_built_in_activity()
    {
        var names = Registry.All.Select(d => d.TypeName).ToHashSet();

        Assert.Superset(new HashSet<string> { "Start", "End", "SetVariable", "If", "Switch", "Join", "Delay", "Timer", "StartAt", "Event", "Log" }, names);
    }

    [Fact]
    public void Descriptor_carries_category_and_names_in_english_and_chinese()
    {
        var delay = Find("Delay");

        Assert.Equal(("Timers", "定时"), (delay.Category, delay.CategoryZh));
        Assert.Equal(("Delay", "延时"), (delay.DisplayName, delay.DisplayNameZh));
        Assert.Equal("Waits for a duration, even across restarts.", delay.Description);
        Assert.Equal("等待一段时间（重启后依然有效）。", delay.DescriptionZh);
        Assert.Equal("hourglass_empty", delay.Icon);
        Assert.Equal(typeof(Delay), delay.ClrType);
    }

    [Fact]
    public void Inputs_carry_json_name_type_editor_default_and_required()
    {
        var duration = Assert.Single(Find("Delay").Inputs);
        Assert.Equal("duration", duration.Name);
        Assert.Equal(typeof(TimeSpan), duration.ValueType);
        Assert.Equal(InputEditor.Duration, duration.Editor);
        Assert.Equal(TimeSpan.Zero, duration.DefaultValue);
        Assert.True(duration.Required);
        Assert.Equal(("Duration", "时长"), (duration.DisplayName, duration.DisplayNameZh));

        var log = Find("Log").Inputs.ToDictionary(i => i.Name);
        Assert.Equal(InputEditor.MultiLine, log["message"].Editor);
        Assert.True(log["message"].Required);
        Assert.Equal(typeof(LogLevelChoice), log["level"].ValueType);
        Assert.Equal(InputEditor.Select, log["level"].Editor);
        Assert.Equal(LogLevelChoice.Information, log["level"].DefaultValue);
        Assert.False(log["level"].Required);
    }

    [Fact]
    public void Editor_is_chosen_from_the_input_type_unless_the_attribute_overrides_it()
    {
        var greeting = Find("Greeting").Inputs.ToDictionary(i => i.Name);
        Assert.Equal(InputEditor.Text, greeting["customerName"].Editor);
        Assert.Equal(InputEditor.Number, greeting["times"].Editor);
        Assert.Equal(InputEditor.Switch, greeting["polite"].Editor);

        Assert.Equal(InputEditor.Variable, Find("SetVariable").Inputs.Single(i => i.Name == "variable").Editor);
        Assert.Equal(InputEditor.Cron, Find("Timer").Inputs.Single().Editor);
        Assert.Equal(InputEditor.DateTime, Find("StartAt").Inputs.Single().Editor);
    }

    [Fact]
    public void Inputs_that_must_be_literal_say_so()
    {
        var eventInputs = Find("Event").Inputs.ToDictionary(i => i.Name);

        Assert.False(eventInputs["eventName"].SupportsExpressions);
        Assert.True(eventInputs["correlation"].SupportsExpressions);
    }

    [Fact]
    public void Outputs_are_described_with_their_type_and_names()
    {
        var payload = Assert.Single(Find("Event").Outputs);
        Assert.Equal("payload", payload.Name);
        Assert.Equal(typeof(object), payload.ValueType);
        Assert.Equal(("Payload", "事件数据"), (payload.DisplayName, payload.DisplayNameZh));

        var text = Assert.Single(Find("Greeting").Outputs);
        Assert.Equal(("text", typeof(string), "问候语"), (text.Name, text.ValueType, text.DisplayNameZh));
    }

    [Fact]
    public void Static_outcomes_come_from_the_attribute_or_default_to_Done()
    {
        Assert.Equal(["True", "False"], Find("If").Outcomes);
        Assert.Equal(["Known", "Unknown"], Find("Greeting").Outcomes);
        Assert.Equal(["Done"], Find("Log").Outcomes);
        Assert.Empty(Find("End").Outcomes);
        Assert.False(Find("If").HasDynamicOutcomes);
    }

    [Fact]
    public void Switch_outcomes_are_computed_from_its_cases()
    {
        Assert.True(Find("Switch").HasDynamicOutcomes);
        var flow = new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("route", "Switch", new { cases = new[] { new { outcome = "Vip", condition = "tier == 'gold'" }, new { outcome = "Debt", condition = "balance < 0" } } })
            .Activity("vip", "Log", new { message = "vip" })
            .Activity("debt", "Log", new { message = "debt" })
            .Connect("start", "route")
            .Connect("route", "Vip", "vip")
            .Connect("route", "Debt", "debt")
            .Build();

        var workflow = _host.Services.GetRequiredService<WorkflowCompiler>().Compile(flow).Workflow!;

        Assert.Equal(["Vip", "Debt", "Default"], workflow.Nodes["route"].Activity.GetDynamicOutcomes());
    }

    [Theory]
    [InlineData("Event", true, true)]
    [InlineData("Timer", true, true)]
    [InlineData("Start", true, false)]
    [InlineData("Log", false, false)]
    [InlineData("Delay", false, false)]
    public void Only_start_and_trigger_activities_can_start_a_workflow(string type, bool canStart, bool isTrigger)
    {
        var descriptor = Find(type);

        Assert.Equal((canStart, isTrigger), (descriptor.CanStartWorkflow, descriptor.IsTrigger));
    }

    [Fact]
    public void A_class_without_the_activity_attribute_cannot_be_described()
    {
        var error = Assert.Throws<ArgumentException>(() => ActivityDescriptorFactory.Create(typeof(Unattributed)));

        Assert.Contains("has no [Activity] attribute", error.Message);
    }

    [Fact]
    public void Two_classes_claiming_one_type_name_are_refused_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ActivityRegistry([new ActivityRegistration(typeof(Greeting)), new ActivityRegistration(typeof(OtherGreeting))]));

        Assert.Contains("'Greeting'", error.Message);
    }

    private sealed class Unattributed : Activity
    {
        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
    }

    [Activity("Customer", "Greeting", "Another greeting.", TypeName = "Greeting")]
    private sealed class OtherGreeting : Activity
    {
        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
    }
}

using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Engine.Models;
using MudBlazor;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>Prompt, queue, skill and variable pickers are fed by IDesignerLookups and the flow's variables; a prompt plays in the browser.</summary>
public sealed class PickerTests : IAsyncDisposable
{
    private static readonly InMemoryDesignerLookups Lookups = new()
    {
        Prompts = [new PromptChoice("welcome", "/api/v1/prompts/welcome/audio", "Welcome to the hotline"), new PromptChoice("goodbye", "/api/v1/prompts/goodbye/audio")],
        Queues = [new LookupChoice("hotline", "Hotline 热线"), new LookupChoice("vip")],
        Skills = [new LookupChoice("english")],
    };

    private readonly PanelUi _ui = new("en", RealActivities.With(typeof(EditorSampler)), Lookups);

    private static MudSelect<string> Select(IRenderedComponent<PropertyPanel> panel, string id) =>
        panel.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"] as string == id).Instance;

    [Fact]
    public async Task The_prompt_picker_offers_the_library_and_plays_the_chosen_prompt_in_the_browser()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("play", "Play", """{"prompt": "welcome"}"""), RealActivities.Descriptor("Play"));
        var panel = host.Render();

        var items = panel.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"] as string == "prop-prompt")
            .FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ToList();
        Assert.Equal(["welcome", "goodbye"], items);
        Assert.Equal("/api/v1/prompts/welcome/audio", panel.Find("#prop-prompt-audio").GetAttribute("src"));
        Assert.Contains("Welcome to the hotline", panel.Markup);

        var picker = Select(panel, "prop-prompt");
        await panel.InvokeAsync(() => picker.ValueChanged.InvokeAsync("goodbye"));
        Assert.Equal("\"goodbye\"", host.Last("prompt"));
        Assert.Equal("/api/v1/prompts/goodbye/audio", panel.Find("#prop-prompt-audio").GetAttribute("src"));
    }

    [Fact]
    public void A_prompt_missing_from_the_library_stays_shown_and_is_marked()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("play", "Play", """{"prompt": "old-greeting"}"""), RealActivities.Descriptor("Play"));
        var panel = host.Render();

        Assert.NotNull(panel.Find("#prop-prompt-missing"));
        Assert.Empty(panel.FindAll("#prop-prompt-audio"));
        Assert.Contains("old-greeting (not in the library)", panel.Markup);
    }

    [Fact]
    public async Task Queue_and_skill_pickers_offer_the_hosts_lists_and_the_variable_picker_the_flows_variables()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("s", "EditorSampler"), RealActivities.With(typeof(EditorSampler)).Find("EditorSampler")!,
            [new VariableDefinition { Name = "customer_name" }]);
        var panel = host.Render();

        var queues = panel.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"] as string == "prop-queue").FindComponents<MudSelectItem<string>>();
        Assert.Equal(["hotline", "vip"], queues.Select(i => i.Instance.Value));
        await panel.InvokeAsync(() => Select(panel, "prop-queue").ValueChanged.InvokeAsync("vip"));
        Assert.Equal("\"vip\"", host.Last("queue"));
        await panel.InvokeAsync(() => Select(panel, "prop-skill").ValueChanged.InvokeAsync("english"));
        Assert.Equal("\"english\"", host.Last("skill"));

        await panel.Find("#prop-target-pick-customer_name").ClickAsync();
        Assert.Equal("\"customer_name\"", host.Last("target"));
    }

    [Fact]
    public async Task An_activitys_result_is_stored_in_the_variable_typed_for_it()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu"), RealActivities.Descriptor("Menu"));
        var panel = host.Render();

        await panel.Find("#prop-digit").TypeAsync("key");

        Assert.Equal("\"key\"", host.Last("digit"));
    }

    [Fact]
    public async Task The_lookups_are_read_once_per_selected_activity_not_on_every_render()
    {
        var counting = new CountingLookups();
        await using var ui = new PanelUi("en", lookups: counting);
        var node = PanelHost.NodeOf("play", "Play");
        List<VariableDefinition> variables = [new() { Name = "a" }];
        var panel = ui.Context.Render<PropertyPanel>(p => p.Add(c => c.Node, node).Add(c => c.Descriptor, RealActivities.Descriptor("Play")).Add(c => c.Variables, variables));
        // The host re-renders with a copy of the same variables: no new read.
        panel.Render(p => p.Add(c => c.Variables, [.. variables]));
        Assert.Equal(1, counting.Reads);

        panel.Render(p => p.Add(c => c.Node, PanelHost.NodeOf("other", "Play")));
        Assert.Equal(2, counting.Reads);
    }

    private sealed class CountingLookups : IDesignerLookups
    {
        public int Reads { get; private set; }
        public ValueTask<IReadOnlyList<PromptChoice>> GetPromptsAsync(CancellationToken ct = default) { Reads++; return new([]); }
        public ValueTask<IReadOnlyList<LookupChoice>> GetQueuesAsync(CancellationToken ct = default) => new([]);
        public ValueTask<IReadOnlyList<LookupChoice>> GetSkillsAsync(CancellationToken ct = default) => new([]);
        public ValueTask<IReadOnlyList<DesignerVariable>> GetWellKnownVariablesAsync(CancellationToken ct = default) => new([]);
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}

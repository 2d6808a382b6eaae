using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Validation;

public sealed class DefinitionValidationTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidationResult Validate(FlowBuilder flow) => _host.Services.GetRequiredService<WorkflowCompiler>().Validate(flow.Build());

    /// <summary>Start → a given activity, so that each test adds only what it checks.</summary>
    private static FlowBuilder StartThen(string id, string type, object? properties = null) =>
        new FlowBuilder("f").Activity("start", "Start").Activity(id, type, properties).Connect("start", id);

    [Fact]
    public void A_well_formed_flow_has_no_problems()
    {
        var result = Validate(new FlowBuilder("f")
            .Variable("count", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("inc", "SetVariable", new { variable = "count", value = Expr("count + 1") })
            .Activity("check", "If", new { condition = Expr("count < 3") })
            .Activity("log", "Log", new { message = "done after {{ count }}" })
            .Chain("start", "inc", "check")
            .Connect("check", "True", "inc")
            .Connect("check", "False", "log"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Unknown_activity_type_is_an_error_naming_the_activity()
    {
        var result = Validate(StartThen("ask", "PlayPromptX"));

        ValidationAssert.SingleError(result, "ask", null, "unknown activity type 'PlayPromptX'");
    }

    [Fact]
    public void Duplicate_activity_id_is_an_error_naming_the_id()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Activity("log", "Log", new { message = "b" }));

        ValidationAssert.SingleError(result, "log", null, "duplicate activity id");
    }

    [Fact]
    public void Connection_to_a_missing_activity_is_dangling()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Connect("log", "hangup"));

        ValidationAssert.SingleError(result, "log", null, "dangling connection log/Done → hangup: no activity 'hangup'");
    }

    [Fact]
    public void Connection_from_a_missing_activity_is_dangling()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Connect("ghost", "log"));

        ValidationAssert.SingleError(result, "ghost", null, "dangling connection ghost/Done → log: no activity 'ghost'");
    }

    [Fact]
    public void Connection_from_an_outcome_the_activity_does_not_have_is_an_error_listing_its_outcomes()
    {
        var result = Validate(StartThen("check", "If", new { condition = Expr("true") })
            .Activity("log", "Log", new { message = "a" })
            .Connect("check", "Maybe", "log"));

        var error = ValidationAssert.SingleError(result, "check", null, "'check' has no outcome 'Maybe'");
        Assert.Contains("True", error.Message);
        Assert.Contains("False", error.Message);
    }

    [Fact]
    public void The_same_connection_twice_is_an_error()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Connect("start", "log"));

        ValidationAssert.SingleError(result, "start", null, "duplicate connection start/Done → log");
    }

    [Fact]
    public void Error_outcome_may_be_connected_on_any_activity()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" })
            .Activity("oops", "Log", new { message = "failed" })
            .Connect("log", "Error", "oops"));

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [InlineData("SetVariable", "variable")]
    [InlineData("Log", "message")]
    [InlineData("Event", "eventName")]
    public void Missing_required_input_is_an_error_naming_activity_and_property(string type, string property)
    {
        var result = Validate(StartThen("node", type));

        ValidationAssert.SingleError(result, "node", property, "is required");
    }

    [Theory]
    [InlineData("If", "condition")]
    [InlineData("Delay", "duration")]
    [InlineData("StartAt", "at")]
    [InlineData("Switch", "cases")]
    public void Missing_required_input_whose_type_has_no_empty_text_is_still_an_error(string type, string property)
    {
        // An If without a condition would silently always take False, a Delay without a duration never wait.
        var result = Validate(StartThen("node", type));

        ValidationAssert.SingleError(result, "node", property, "is required");
    }

    [Fact]
    public void Required_input_given_as_blank_text_is_an_error()
    {
        var result = Validate(StartThen("log", "Log", new { message = "   " }));

        ValidationAssert.SingleError(result, "log", "message", "is required");
    }

    [Fact]
    public void Literal_of_the_wrong_type_is_an_error_saying_what_is_expected()
    {
        var result = Validate(StartThen("wait", "Delay", new { duration = "soon" }));

        ValidationAssert.SingleError(result, "wait", "duration", "expects a duration (seconds or hh:mm:ss) but got \"soon\"");
    }

    [Fact]
    public void Expression_in_an_input_that_must_be_literal_is_an_error()
    {
        var result = Validate(StartThen("wait", "Event", new { eventName = Expr("name") }));

        ValidationAssert.SingleError(result, "wait", "eventName", "must be a literal value, not an expression");
    }

    [Theory]
    [InlineData("Hello {{ name")]                // tag never closed, text after it
    [InlineData("Your balance is {{ 1 + }}")]    // broken code inside the tag
    [InlineData("Press 1 for sales {{")]         // unclosed tag at the very end
    public void Template_syntax_error_is_an_error_naming_activity_and_property(string template)
    {
        var result = Validate(StartThen("say", "Log", new { message = template }));

        ValidationAssert.SingleError(result, "say", "message", "template error:");
    }

    [Fact]
    public void Expression_syntax_error_is_an_error_naming_activity_and_property_with_position()
    {
        var result = Validate(StartThen("check", "If", new { condition = Expr("balance < < 3") }));

        var error = ValidationAssert.SingleError(result, "check", "condition", "expression error:");
        Assert.Contains("(line 1, column 11)", error.Message);
    }

    [Theory]
    [InlineData("balance <")]
    [InlineData("(1 + 2")]
    public void Expression_cut_short_is_reported_at_the_end_not_at_line_zero(string expression)
    {
        var result = Validate(StartThen("check", "If", new { condition = Expr(expression) }));

        var error = ValidationAssert.SingleError(result, "check", "condition", "expression error:");
        Assert.EndsWith("(at the end)", error.Message);
        Assert.DoesNotContain("line 0", error.Message);
    }

    [Fact]
    public void Empty_expression_is_an_error()
    {
        var result = Validate(StartThen("check", "If", new { condition = Expr("  ") }));

        ValidationAssert.SingleError(result, "check", "condition", "the expression is empty");
    }

    [Fact]
    public void Switch_case_with_a_broken_condition_is_an_error_naming_the_case()
    {
        var result = Validate(StartThen("route", "Switch", new
        {
            cases = new[] { new { outcome = "Vip", condition = "tier == 'gold'" }, new { outcome = "Debt", condition = "balance < " } },
        }).Activity("next", "Log", new { message = "next" }).Connect("route", "Vip", "next").Connect("route", "Debt", "next"));

        ValidationAssert.SingleError(result, "route", "cases", "case 'Debt': expression error:");
    }

    [Fact]
    public void Switch_case_named_twice_is_an_error()
    {
        var result = Validate(StartThen("route", "Switch", new
        {
            cases = new[] { new { outcome = "Vip", condition = "true" }, new { outcome = "Vip", condition = "false" } },
        }).Activity("vip", "Log", new { message = "vip" }).Connect("route", "Vip", "vip"));

        ValidationAssert.SingleError(result, "route", "cases", "the case 'Vip' appears twice");
    }

    [Fact]
    public void Connections_from_switch_cases_are_checked_against_its_case_names()
    {
        var flow = StartThen("route", "Switch", new { cases = new[] { new { outcome = "Vip", condition = "true" } } })
            .Activity("vip", "Log", new { message = "vip" })
            .Activity("other", "Log", new { message = "other" })
            .Connect("route", "Vip", "vip")
            .Connect("route", "Default", "other");

        Assert.True(Validate(flow).IsValid, Validate(flow).ToString());
        ValidationAssert.SingleError(Validate(flow.Connect("route", "Silver", "other")), "route", null, "'route' has no outcome 'Silver'");
    }

    [Fact]
    public void Invalid_cron_is_an_error_naming_activity_and_property()
    {
        var result = Validate(StartThen("tick", "Timer", new { cron = "every morning" }));

        ValidationAssert.SingleError(result, "tick", "cron", "'every morning' is not a valid cron expression");
    }

    [Fact]
    public void A_flow_whose_every_activity_has_an_inbound_connection_has_no_start()
    {
        var result = Validate(new FlowBuilder("f")
            .Activity("a", "Log", new { message = "a" })
            .Activity("b", "Log", new { message = "b" })
            .Connect("a", "b")
            .Connect("b", "a"));

        ValidationAssert.SingleError(result, null, null, "no start");
    }

    [Fact]
    public void A_start_activity_id_that_does_not_exist_is_an_error()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).StartAt("nowhere"));

        ValidationAssert.SingleError(result, null, "startActivityId", "the start activity 'nowhere' does not exist");
    }

    [Fact]
    public void Several_possible_starts_is_an_error_listing_them()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" })
            .Activity("start2", "Start")
            .Activity("log2", "Log", new { message = "b" })
            .Connect("start2", "log2"));

        var error = ValidationAssert.SingleError(result, null, "startActivityId", "several possible starts");
        Assert.Contains("start, start2", error.Message);
    }

    [Fact]
    public void An_explicit_start_activity_settles_several_possible_starts()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" })
            .Activity("start2", "Start")
            .Connect("start2", "log")
            .StartAt("start2"));

        Assert.True(result.IsValid, result.ToString());
        // The other root is reported, but only as a warning.
        Assert.Contains(result.Warnings, w => w.ActivityId == "start" && w.Message.Contains("unreachable"));
    }

    [Theory]
    [InlineData("1st_try")]
    [InlineData("customer-name")]
    [InlineData("客户")]
    [InlineData("")]
    public void Variable_name_that_scripts_cannot_use_is_an_error(string name)
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Variable(name));

        ValidationAssert.SingleError(result, null, $"variables.{name}", "a variable name must start with a letter or '_'");
    }

    [Theory]
    [InlineData("input")]
    [InlineData("now")]
    [InlineData("workflow")]
    public void Variable_name_reserved_for_scripts_is_an_error(string name)
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Variable(name));

        ValidationAssert.SingleError(result, null, $"variables.{name}", $"'{name}' is reserved for scripts");
    }

    [Fact]
    public void Variable_declared_twice_is_an_error()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Variable("phone").Variable("phone"));

        ValidationAssert.SingleError(result, null, "variables.phone", "the variable is declared twice");
    }

    [Theory]
    [InlineData(VariableType.Number, "three")]
    [InlineData(VariableType.Boolean, "yes")]
    [InlineData(VariableType.String, 42)]
    [InlineData(VariableType.DateTime, "next tuesday")]
    public void Variable_default_of_the_wrong_type_is_an_error(VariableType type, object value)
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Variable("v", type, value));

        ValidationAssert.SingleError(result, null, "variables.v", $"is not a {type}");
    }

    [Fact]
    public void Variable_defaults_of_the_right_type_are_accepted()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" })
            .Variable("n", VariableType.Number, 2.5)
            .Variable("b", VariableType.Boolean, true)
            .Variable("d", VariableType.DateTime, "2025-01-06T09:00:00+08:00")
            .Variable("a", VariableType.Array, new[] { 1, 2 })
            .Variable("o", VariableType.Object, new { x = 1 }));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void An_activity_nothing_connects_to_is_a_warning_not_an_error()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a" }).Activity("orphan", "Log", new { message = "never" }));

        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("orphan", warning.ActivityId);
        Assert.Equal("Log (orphan) is unreachable: nothing connects to it. Connect it or delete it.", warning.Message);
        Assert.StartsWith("warning: activity 'orphan'", warning.ToString());
    }

    [Fact]
    public void Setting_an_undeclared_variable_is_a_warning_naming_activity_and_property()
    {
        var result = Validate(StartThen("set", "SetVariable", new { variable = "custmer", value = "x" }));

        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("set", "variable"), (warning.ActivityId, warning.Property));
        Assert.Contains("variable 'custmer' is not declared", warning.Message);
    }

    [Fact]
    public void Storing_an_output_in_an_undeclared_variable_is_a_warning()
    {
        var result = Validate(StartThen("wait", "Event", new { eventName = "Paid", payload = "paymnet" }));

        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("wait", "payload"), (warning.ActivityId, warning.Property));
    }

    [Fact]
    public void A_property_the_activity_does_not_have_is_a_warning()
    {
        var result = Validate(StartThen("log", "Log", new { message = "a", colour = "red" }));

        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("log", "colour"), (warning.ActivityId, warning.Property));
    }

    [Fact]
    public async Task Warnings_do_not_block_publishing()
    {
        var flow = StartThen("set", "SetVariable", new { variable = "undeclared", value = "x" })
            .Activity("orphan", "Log", new { message = "never" })
            .Build();

        var result = await _host.Definitions.PublishAsync(flow);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(2, result.Validation.Warnings.Count());
        Assert.NotNull(await _host.DefinitionStore.FindPublishedAsync("f"));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var result = Validate(new FlowBuilder("f")
            .Variable("now")
            .Activity("start", "Start")
            .Activity("x", "Nope")
            .Activity("log", "Log", new { message = "{{ 1 + }}" })
            .Connect("start", "log")
            .Connect("log", "gone"));

        Assert.Equal(4, result.Errors.Count());
    }
}

using System.Text.Json;
using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Serialization;

public sealed class WorkflowJsonTests
{
    private static WorkflowDefinition SampleFlow() => new FlowBuilder("callback", "回拨 Callback")
        .Variable("attempts", VariableType.Number, 0)
        .Variable("customer", VariableType.String, "张三")
        .Activity("start", "Start")
        .Activity("greet", "Log", new { message = "Hello {{ customer }}", level = "Warning" })
        .Activity("count", "SetVariable", new { variable = "attempts", value = FlowBuilder.Expr("attempts + 1") })
        .Activity("wait", "Delay", new { duration = "00:05:00" })
        .Chain("start", "greet", "count", "wait")
        .Build();

    [Fact]
    public void Definition_survives_a_json_round_trip_with_its_schema_version()
    {
        var definition = SampleFlow();
        definition.Root.Activities[1].Position = new Position(120.5, 40);
        definition.Version = 3;

        var json = WorkflowJson.Serialize(definition);
        var parsed = WorkflowJson.Parse(json);

        Assert.True(parsed.Success, parsed.Error);
        using (var document = JsonDocument.Parse(json))
            Assert.Equal(WorkflowDefinition.CurrentSchemaVersion, document.RootElement.GetProperty("schemaVersion").GetInt32());
        var back = parsed.Definition!;
        Assert.Equal(WorkflowDefinition.CurrentSchemaVersion, back.SchemaVersion);
        Assert.Equal("回拨 Callback", back.Name);
        Assert.Equal(3, back.Version);
        Assert.Equal(["attempts", "customer"], back.Variables.Select(v => v.Name));
        Assert.Equal(VariableType.Number, back.Variables[0].Type);
        Assert.Equal("张三", back.Variables[1].Default!.Value.GetString());
        Assert.Equal(new Position(120.5, 40), back.Root.Activities[1].Position);
        Assert.Equal("attempts + 1", back.Root.Activities[2].Properties["value"].GetProperty("expression").GetString());
        Assert.Equal(definition.Root.Connections, back.Root.Connections);
        // A second trip gives the very same text: nothing is lost or reordered.
        Assert.Equal(json, WorkflowJson.Serialize(back));
    }

    [Fact]
    public void Property_names_are_matched_whatever_their_case_after_parsing()
    {
        var parsed = WorkflowJson.Parse("""
            { "id": "f", "name": "f", "root": { "activities": [ { "id": "a", "type": "Log", "properties": { "Message": "hi" } } ] } }
            """);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal("hi", parsed.Definition!.Root.Activities[0].Properties["message"].GetString());
    }

    [Fact]
    public void Hand_edited_json_with_comments_and_trailing_commas_is_accepted()
    {
        var parsed = WorkflowJson.Parse("""
            {
              // the main IVR
              "id": "ivr", "name": "IVR",
              "root": { "activities": [ { "id": "start", "type": "Start", }, ], },
            }
            """);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal("start", parsed.Definition!.Root.Activities.Single().Id);
    }

    [Theory]
    [InlineData("{\n  \"id\": \"x\",\n  \"name\": \"x\"\n  \"root\": {}\n}", 4)]           // missing comma
    [InlineData("{\n  \"id\": \"x\",\n  \"version\": \"two\"\n}", 3)]                       // wrong value type
    [InlineData("{\n  \"id\": \"x\",\n  \"root\": { \"activities\": [ { \"id\": 1 ] }\n}", 3)] // wrong type and bracket
    [InlineData("{\n  \"id\": \"x\",\n  \"name\": \"unterminated\n}", 3)]                  // string never closed
    public void Broken_json_yields_an_error_with_its_line_and_position_instead_of_throwing(string json, int line)
    {
        var parsed = WorkflowJson.Parse(json);

        Assert.False(parsed.Success);
        Assert.Null(parsed.Definition);
        Assert.Contains($"at line {line}, position ", parsed.Error);
        Assert.StartsWith("the workflow JSON is not valid", parsed.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"a string\"")]
    public void A_document_that_is_not_a_workflow_object_is_an_error_not_an_exception(string json)
    {
        var parsed = WorkflowJson.Parse(json);

        Assert.False(parsed.Success);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
    }

    [Theory]
    [InlineData("""{ "id": "f", "name": "f", "root": { "activities": [ { "id": "a", "type": "Start" }, null ] } }""", "root.activities[1] is null")]
    [InlineData("""{ "id": "f", "name": "f", "root": { "connections": [ null ] } }""", "root.connections[0] is null")]
    [InlineData("""{ "id": "f", "name": "f", "variables": [ null ] }""", "variables[0] is null")]
    [InlineData("""{ "id": "f", "name": "f", "root": { "activities": [ { "id": "a", "type": "Log", "properties": { "Message": "a", "message": "b" } } ] } }""", "activity 'a' sets the property 'message' twice")]
    public async Task Well_formed_json_the_model_cannot_hold_is_an_import_error_not_an_exception(string json, string error)
    {
        await using var host = EngineHost.Create();

        var parsed = WorkflowJson.Parse(json);
        var imported = await host.Definitions.ImportAsync(json, publish: true);

        Assert.False(parsed.Success);
        Assert.Contains(error, parsed.Error);
        Assert.False(imported.Success);
        Assert.Empty(await host.DefinitionStore.ListAsync());
    }

    [Fact]
    public void A_schema_version_newer_than_the_engine_understands_is_rejected()
    {
        var newer = WorkflowDefinition.CurrentSchemaVersion + 1;

        var parsed = WorkflowJson.Parse($$"""{ "schemaVersion": {{newer}}, "id": "f", "name": "f" }""");

        Assert.False(parsed.Success);
        Assert.Contains($"schema version {newer} is newer", parsed.Error);
    }

    [Fact]
    public void A_document_without_schema_version_is_read_as_the_current_one()
    {
        var parsed = WorkflowJson.Parse("""{ "id": "f", "name": "f" }""");

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(WorkflowDefinition.CurrentSchemaVersion, parsed.Definition!.SchemaVersion);
    }

    [Fact]
    public async Task Importing_broken_json_reports_the_error_and_stores_nothing()
    {
        await using var host = EngineHost.Create();

        var result = await host.Definitions.ImportAsync("{ \"id\": \"f\", \"name\": ", publish: true);

        Assert.False(result.Success);
        Assert.Contains("line 1", result.Error);
        Assert.False(result.Validation.IsValid);
        Assert.Empty(await host.DefinitionStore.ListAsync());
    }

    [Fact]
    public async Task Importing_valid_json_publishes_a_runnable_flow()
    {
        await using var host = EngineHost.Create();
        var json = WorkflowJson.Serialize(new FlowBuilder("imported").Activity("start", "Start").Activity("p", "Probe").Chain("start", "p").Build());

        var result = await host.Definitions.ImportAsync(json, publish: true);
        var run = await host.StartAsync("imported");

        Assert.True(result.Success, result.ToString());
        Assert.Equal(1, result.Version);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(1, host.Probes.Count("probe"));
    }
}

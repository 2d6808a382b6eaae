using CallCenter.Engine.Execution;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>An <see cref="IWorkflowValidator"/> (e.g. the prompt library's check) takes part in publishing.</summary>
public sealed class WorkflowValidatorTests
{
    [Fact]
    public async Task A_validator_error_refuses_the_publish_and_stores_nothing_while_its_warnings_do_not()
    {
        var validator = new NamedProbeValidator();
        await using var host = EngineHost.Create(services: s => s.AddSingleton<IWorkflowValidator>(validator));
        FlowBuilder Flow(string probe) => new FlowBuilder("checked").Activity("start", "Start").Activity("p", "Probe", new { name = probe }).Chain("start", "p");

        var refused = await host.Definitions.PublishAsync(Flow("forbidden").Build());
        Assert.False(refused.Success);
        Assert.Equal(["activity 'p', property 'name': 'forbidden' is not allowed"], refused.Validation.Errors.Select(e => e.ToString()));
        Assert.Equal(0, await host.DefinitionStore.GetLatestVersionAsync("checked"));
        Assert.False((await host.Definitions.ValidateAsync(Flow("forbidden").Build())).IsValid);

        var published = await host.Definitions.PublishAsync(Flow("fine").Build());
        Assert.True(published.Success, published.ToString());
        Assert.Single(published.Validation.Warnings);
        Assert.Equal(3, validator.Calls); // refused publish, ValidateAsync, publish
    }

    [Fact]
    public async Task A_flow_that_does_not_compile_never_reaches_the_validators()
    {
        var validator = new NamedProbeValidator();
        await using var host = EngineHost.Create(services: s => s.AddSingleton<IWorkflowValidator>(validator));
        var result = await host.Definitions.PublishAsync(new FlowBuilder("broken").Activity("x", "NoSuchActivity").Build());
        Assert.False(result.Success);
        Assert.Equal(0, validator.Calls);
    }

    private sealed class NamedProbeValidator : IWorkflowValidator
    {
        public int Calls;

        public ValueTask<IReadOnlyList<ValidationError>> ValidateAsync(ExecutableWorkflow workflow, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            var node = workflow.Nodes["p"];
            var name = node.Descriptor.Inputs.Single(i => i.Name == "name").ReadFrom(node.Activity)!.LiteralValue as string;
            IReadOnlyList<ValidationError> problems = name == "forbidden"
                ? [new ValidationError("p", "name", $"'{name}' is not allowed")]
                : [new ValidationError("p", "name", "checked", ValidationSeverity.Warning)];
            return new(problems);
        }
    }
}

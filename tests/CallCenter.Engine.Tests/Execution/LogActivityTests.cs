using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Tests.Execution;

public sealed class LogActivityTests
{
    private static EngineHost HostLoggingFrom(LogLevel minimum, out RecordingLoggerProvider provider)
    {
        var recorder = new RecordingLoggerProvider(minimum);
        provider = recorder;
        return EngineHost.Create(services: s => s.AddLogging(b => b.SetMinimumLevel(minimum).AddProvider(recorder)));
    }

    private static WorkflowDefinition LogFlow(string message, string level) => new FlowBuilder("f")
        .Variable("customer_name", VariableType.String, "Li")
        .Activity("start", "Start")
        .Activity("note", "Log", new { message, level })
        .Chain("start", "note")
        .Build();

    [Fact]
    public async Task Log_writes_the_rendered_message_with_instance_and_activity_at_the_chosen_level()
    {
        await using var host = HostLoggingFrom(LogLevel.Information, out var log);
        await host.PublishAsync(LogFlow("Caller {{ customer_name }} chose 2", "Warning"));

        var run = await host.StartAsync("f");

        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Message == $"Workflow {run.InstanceId} activity note: Caller Li chose 2");
    }

    [Theory]
    [InlineData(LogLevel.Debug)]
    [InlineData(LogLevel.Warning)]
    public async Task Misspelt_variable_in_a_log_message_faults_whatever_log_level_the_server_runs_at(LogLevel serverLevel)
    {
        // Turning on debug logging on a live server must not start faulting calls that passed before.
        await using var host = HostLoggingFrom(serverLevel, out _);
        await host.PublishAsync(LogFlow("Caller {{ custmer_name }}", "Debug"));

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("activity 'note', property 'message'", run.Instance!.FaultMessage);
    }
}

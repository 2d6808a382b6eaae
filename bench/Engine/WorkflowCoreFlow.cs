using System.Globalization;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace CallCenter.Bench.Engine;

/// <summary>
/// flow.json rebuilt with WorkflowCore's fluent builder, step for step: three steps setting fields, an
/// If with one step inside, a Decide for the Switch, a string-format step, a WaitFor event, a second
/// string-format step, and a last step standing for End (it also counts the completion).
/// Inline lambdas are WorkflowCore's cheapest steps, so this favours the baseline.
/// </summary>
public sealed class WorkflowCoreFlow(WorkflowCoreProbe probe) : IWorkflow<WorkflowCoreData>
{
    public const string WorkflowId = "bench-order-follow-up";
    public const string EventName = "Paid";

    public string Id => WorkflowId;
    public int Version => 1;

    public void Build(IWorkflowBuilder<WorkflowCoreData> builder)
    {
        builder
            .StartWith(c => Step(c, d => d.Amount = d.N % 20 * 3))
            .Then(c => Step(c, d => d.Customer = "C" + d.N.ToString(CultureInfo.InvariantCulture)))
            .Then(c => Step(c, d => d.Discount = 0))
            .If(d => d.Amount > 30).Do(then => then.StartWith(c => Step(c, d => d.Discount = d.Amount / 10)))
            .Decide(d => d.Amount < 10 ? "Low" : d.Amount < 30 ? "Medium" : "Default")
            .Then(c => Step(c, d =>
            {
                d.Greeting = string.Format(CultureInfo.InvariantCulture, "Hello {0}, you owe {1}", d.Customer, d.Amount - d.Discount);
                probe.Waiting();
            }))
            .WaitFor(EventName, d => d.OrderId).Output(d => d.Payment, step => step.EventData)
            .Then(c => Step(c, d => d.Receipt = string.Format(CultureInfo.InvariantCulture, "Receipt {0}: {1} received. {2}", d.OrderId, d.Payment, d.Greeting)))
            .Then(c => Step(c, probe.Completed));
    }

    private static ExecutionResult Step(IStepExecutionContext context, Action<WorkflowCoreData> body)
    {
        body((WorkflowCoreData)context.Workflow.Data);
        return ExecutionResult.Next();
    }
}

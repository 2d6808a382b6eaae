using CallCenter.Activities.Calls;
using CallCenter.Engine.Runtime;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>Runs a published flow bound to a fake call, as the inbound handler does, and waits until the instance ended.</summary>
public static class CallFlows
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task<RunResult> RunCallAsync(this ActivityHost host, string definitionId, FakeCallSession call, Dictionary<string, object?>? variables = null)
    {
        var instanceId = Guid.NewGuid().ToString("N");
        using var binding = host.Get<CallSessions>().Bind(call, instanceId);
        var all = new Dictionary<string, object?>(variables ?? [], StringComparer.Ordinal)
        {
            [CallVariables.CallId] = call.Id,
            [CallVariables.Caller] = call.Caller,
            [CallVariables.Called] = call.Called,
        };
        var result = await host.Runtime.StartAsync(definitionId, new StartOptions(all, call.Id, InstanceId: instanceId)).WaitAsync(Timeout);
        if (call.State == CallCenter.Telephony.Sessions.CallSessionState.Ended && !binding.EndedByFlow)
            return await binding.Cancellation.WaitAsync(Timeout) ?? result;
        return result;
    }
}

using CallCenter.Activities.Calls;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Puts the caller in a queue (ACD) with a priority, required skills and the caller's last agent, plays hold music
/// and announcements while it waits, and bridges it to the agent who answers (recorded as the queue says) until one
/// side hangs up. Connected when the agent hung up first (the flow may go on, e.g. a survey; a caller hanging up
/// ends the flow there), Overflow (waited the maximum, or the queue was full), NoAgents, Abandoned (the caller hung
/// up while waiting: the flow goes on without the call, e.g. to log a callback).
/// </summary>
[Activity("Call", "Enqueue", "Queues the caller for an agent: hold music and announcements while waiting, then connected to the agent who answers.",
    CategoryZh = "通话", DisplayNameZh = "排队转座席", DescriptionZh = "将来电放入队列等待座席：等待时播放音乐和排队提示，座席接听后接通。", Icon = "support_agent")]
[Outcomes(ConnectedOutcome, OverflowOutcome, NoAgentsOutcome, AbandonedOutcome)]
public sealed class Enqueue : Activity
{
    public const string ConnectedOutcome = "Connected";
    public const string OverflowOutcome = "Overflow";
    public const string NoAgentsOutcome = "NoAgents";
    public const string AbandonedOutcome = "Abandoned";

    [Input(DisplayName = "Queue", DisplayNameZh = "队列", Required = true, Description = "Queue name, e.g. hotline.", DescriptionZh = "队列名称，例如 hotline。")]
    public Input<string> Queue { get; set; } = new("");

    [Input(DisplayName = "Priority", DisplayNameZh = "优先级", Description = "Higher is served first (e.g. 10 for VIP callers); ties by arrival. Default 0.", DescriptionZh = "数值越大越先接通（例如 VIP 为 10）；相同时按到达顺序。默认 0。")]
    public Input<int> Priority { get; set; } = new(0);

    [Input(DisplayName = "Skills", DisplayNameZh = "技能要求", Editor = InputEditor.KeyValueList, SupportsExpressions = false,
        Description = "Skill and the worst level accepted (1 = best … 9), e.g. english → 3.", DescriptionZh = "技能及可接受的最低等级（1 最高 … 9），例如 english → 3。")]
    public Input<Dictionary<string, string>> Skills { get; set; } = new([]);

    [Input(DisplayName = "Last agent", DisplayNameZh = "上次座席", Description = "The caller's last agent, offered first if free (e.g. {{ customer.last_agent }}).", DescriptionZh = "来电者上次的座席，空闲时优先接通（例如 {{ customer.last_agent }}）。")]
    public Input<string> LastAgent { get; set; } = new("");

    [Output(DisplayName = "Agent", DisplayNameZh = "座席", Description = "The agent who answered (empty otherwise).", DescriptionZh = "接听的座席工号（未接通为空）。")]
    public Output<string> Agent { get; set; } = new();

    public override IEnumerable<(string Property, string Message)> Compile(Engine.Expressions.ExpressionEngine expressions)
    {
        foreach (var (skill, level) in Skills.Literal)
            if (string.IsNullOrWhiteSpace(skill) || !int.TryParse(level, out var l) || l is < AgentProfile.BestLevel or > AgentProfile.WorstLevel)
                yield return ("skills", $"skill '{skill}' needs a level from {AgentProfile.BestLevel} to {AgentProfile.WorstLevel}, not '{level}'");
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var services = context.Services;
        var calls = services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var binding = calls.Find(context)!;
        var queue = services.GetRequiredService<AcdConfiguration>().Queue(Queue.Get(context).Trim())
            ?? throw new InvalidOperationException($"there is no queue '{Queue.Get(context)}'");
        await call.AnswerAsync(context.CancellationToken);
        var acd = services.GetRequiredService<IAcd>();
        var time = services.GetRequiredService<TimeProvider>();
        var waiting = new QueueWait(context, call, queue.Name, time);
        using var take = binding.TakeHangUp();
        if (call.State == CallSessionState.Ended) throw await calls.HungUpAsync(context);
        using var registration = services.GetRequiredService<QueuedCalls>().Add(call, queue.Name);
        var joined = acd.Enqueue(new CallRequest(call.Id, queue.Name)
        {
            Priority = Priority.Get(context),
            RequiredSkills = [.. Skills.Literal.Select(s => new RequiredSkill(s.Key, int.Parse(s.Value)))],
            LastAgentId = LastAgent.Get(context) is { Length: > 0 } last ? last.Trim() : null,
        });
        switch (joined.Outcome)
        {
            case EnqueueOutcome.Full: return waiting.Done(OverflowOutcome, "Full");
            case EnqueueOutcome.NoAgents: return waiting.Done(NoAgentsOutcome);
            case EnqueueOutcome.Queued: break;
            default: throw new InvalidOperationException($"queue '{queue.Name}' refused call {call.Id}: {joined.Outcome}");
        }

        var entry = registration.Call;
        var hold = services.GetRequiredService<QueueHold>();
        using (var holdStop = new CancellationTokenSource())
        {
            var music = hold.RunAsync(call, queue, holdStop.Token);
            var hungUp = Task.Delay(Timeout.Infinite, call.Ended);
            var cancelled = Task.Delay(Timeout.Infinite, context.CancellationToken);
            await Task.WhenAny(entry.Connected, entry.Left, hungUp, cancelled).ConfigureAwait(false);
            await holdStop.CancelAsync();
            await music.ConfigureAwait(false);
        }
        if (entry.Left.IsCompleted)
            return waiting.Done(entry.Left.Result.Outcome == CallOutcome.NoAgents ? NoAgentsOutcome : OverflowOutcome, entry.Left.Result.Outcome.ToString());
        if (!entry.Connected.IsCompleted)
        {
            acd.Abandon(call.Id);
            if (context.CancellationToken.IsCancellationRequested) throw new OperationCanceledException(context.CancellationToken);
            binding.MarkEndedByFlow();
            return waiting.Done(AbandonedOutcome);
        }

        var (agentId, leg) = entry.Connected.Result;
        Agent.Set(context, agentId);
        take.Dispose();
        var recording = RecordingFor(services, queue, call.Id, agentId, time);
        var bridged = call.State == CallSessionState.Ended
            ? new BridgeOutcome(BridgeEnd.ThisSideHungUp, TimeSpan.Zero)
            : await call.BridgeAsync(leg, recording, CancellationToken.None);
        var endedBy = bridged.End == BridgeEnd.OtherSideHungUp ? CallSide.Agent : CallSide.Caller;
        if (leg.State != CallSessionState.Ended)
            await leg.HangUpAsync(endedBy == CallSide.Caller ? "the caller hung up" : "the call ended", ct: CancellationToken.None);
        acd.Complete(call.Id, endedBy);
        var path = bridged.Recording?.StereoPath ?? bridged.Recording?.MixedPath;
        if (path is not null) calls.TraceOf(context)?.Recording(context, path, bridged.Recording!.Duration.TotalSeconds);
        var result = waiting.Done(ConnectedOutcome, agentId: agentId, agentLeg: leg.Id, talk: bridged.Duration, endedBy: endedBy.ToString(), recording: path);
        services.GetRequiredService<AgentCallEvents>().Publish(new AgentCallEvent(AgentCallEventKind.Ended, time.GetUtcNow(), call.Id, call.Caller, call.Called,
            queue.Name, agentId, services.GetRequiredService<AcdConfiguration>().ExtensionOf(agentId), leg.Id));
        // The caller left: the binding (no longer held back) cancels the instance here.
        if (endedBy == CallSide.Caller) throw await calls.HungUpAsync(context);
        return result;
    }

    private static RecordingOptions? RecordingFor(IServiceProvider services, Domain.Queues.CallQueue queue, string callId, string agentId, TimeProvider time)
    {
        if (!queue.RecordCalls) return null;
        var folder = Path.Combine(services.GetRequiredService<IOptions<IvrOptions>>().Value.RecordingsFolder, time.GetUtcNow().ToString("yyyyMMdd"));
        Directory.CreateDirectory(folder);
        var name = $"{FileSafe(callId)}-{FileSafe(agentId)}-{queue.Name}.wav";
        var path = Path.GetFullPath(Path.Combine(folder, name));
        return queue.RecordStereo ? new RecordingOptions { StereoPath = path } : new RecordingOptions { MixedPath = path };
    }

    private static string FileSafe(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}

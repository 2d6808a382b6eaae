using CallCenter.Activities.Calls;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    CategoryZh = "通话", DisplayNameZh = "排队转座席", DescriptionZh = "将来电放入队列等待座席：等待时播放音乐和排队提示，座席接听后接通。", Icon = "support_agent", HasExternalEffect = true)]
[Outcomes(ConnectedOutcome, OverflowOutcome, NoAgentsOutcome, AbandonedOutcome)]
public sealed class Enqueue : Activity
{
    public const string ConnectedOutcome = "Connected";
    public const string OverflowOutcome = "Overflow";
    public const string NoAgentsOutcome = "NoAgents";
    public const string AbandonedOutcome = "Abandoned";

    [Input(DisplayName = "Queue", DisplayNameZh = "队列", Required = true, Editor = InputEditor.Queue, Description = "Queue name, e.g. hotline.", DescriptionZh = "队列名称，例如 hotline。")]
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
        // The path so far, for the agent's screen pop (this run's steps are journaled only when it suspends or ends).
        calls.TraceOf(context)?.PathSoFar(context.StepsSoFar);
        var configuration = services.GetRequiredService<AcdConfiguration>();
        var queue = configuration.Queue(Queue.Get(context).Trim())
            ?? throw new InvalidOperationException($"there is no queue '{Queue.Get(context)}'");
        await call.AnswerAsync(context.CancellationToken);
        var acd = services.GetRequiredService<IAcd>();
        var time = services.GetRequiredService<TimeProvider>();
        var request = new CallRequest(call.Id, queue.Name)
        {
            Priority = Priority.Get(context),
            RequiredSkills = [.. Skills.Literal.Select(s => new RequiredSkill(s.Key, int.Parse(s.Value)))],
            LastAgentId = LastAgent.Get(context) is { Length: > 0 } last ? last.Trim() : null,
        };
        // A transfer into another queue comes back here: the caller waits again, with the same priority and skills.
        while (true)
        {
            var waiting = new QueueWait(context, call, queue.Name, time);
            var take = binding.TakeHangUp();
            (string AgentId, ICallSession Leg)? connected;
            try
            {
                if (call.State == CallSessionState.Ended) throw await calls.HungUpAsync(context);
                var (outcome, answer) = await WaitForAgentAsync(context, call, queue, request, acd);
                if (outcome is not null)
                {
                    if (outcome.Value.Outcome == AbandonedOutcome) binding.MarkEndedByFlow();
                    return waiting.Done(outcome.Value.Outcome, outcome.Value.Visit);
                }
                connected = answer;
                waiting.Answered();
            }
            finally
            {
                take.Dispose();
            }

            var (agentId, leg) = connected!.Value;
            Agent.Set(context, agentId);
            var end = await ConverseAsync(context, call, binding, queue, agentId, leg, acd, configuration, time);
            var path = end.Recordings.Count > 0 ? end.Recordings[0].Path : null;
            foreach (var (file, length) in end.Recordings) calls.TraceOf(context)?.Recording(context, file, length.TotalSeconds);
            var result = waiting.Done(ConnectedOutcome, agentId: agentId, agentLeg: leg.Id, talk: end.Talk, endedBy: end.ForceReleased ? "Supervisor" : end.EndedBy.ToString(),
                recording: path, transfers: end.Transfers);
            if (end.TransferToQueue is { } next)
            {
                queue = configuration.Queue(next)!;
                request = new CallRequest(call.Id, queue.Name) { Priority = request.Priority, RequiredSkills = request.RequiredSkills };
                continue;
            }
            // The caller left (or a supervisor released the call): the binding cancels the instance here.
            if (end.EndedBy == CallSide.Caller || end.ForceReleased) throw await calls.HungUpAsync(context);
            return result;
        }
    }

    // Waits in the queue with music; the outcome (and the visit's outcome) when no agent took the call, else the agent's answered leg.
    private static async Task<((string Outcome, string Visit)? Left, (string AgentId, ICallSession Leg)? Connected)> WaitForAgentAsync(
        ActivityContext context, ICallSession call, Domain.Queues.CallQueue queue, CallRequest request, IAcd acd)
    {
        var services = context.Services;
        using var registration = services.GetRequiredService<QueuedCalls>().Add(call, queue.Name);
        var joined = acd.Enqueue(request);
        switch (joined.Outcome)
        {
            case EnqueueOutcome.Full: return ((OverflowOutcome, "Full"), null);
            case EnqueueOutcome.NoAgents: return ((NoAgentsOutcome, NoAgentsOutcome), null);
            case EnqueueOutcome.Queued: break;
            default: throw new InvalidOperationException($"queue '{queue.Name}' refused call {call.Id}: {joined.Outcome}");
        }
        var entry = registration.Call;
        using (var holdStop = new CancellationTokenSource())
        {
            var music = services.GetRequiredService<QueueHold>().RunAsync(call, queue, holdStop.Token);
            var hungUp = Task.Delay(Timeout.Infinite, call.Ended);
            var cancelled = Task.Delay(Timeout.Infinite, context.CancellationToken);
            await Task.WhenAny(entry.Connected, entry.Left, hungUp, cancelled).ConfigureAwait(false);
            await holdStop.CancelAsync();
            await music.ConfigureAwait(false);
        }
        if (entry.Left.IsCompleted)
        {
            var left = entry.Left.Result.Outcome;
            return ((left == CallOutcome.NoAgents ? NoAgentsOutcome : OverflowOutcome, left.ToString()), null);
        }
        if (entry.Connected.IsCompleted) return (null, entry.Connected.Result);
        acd.Abandon(call.Id);
        if (context.CancellationToken.IsCancellationRequested) throw new OperationCanceledException(context.CancellationToken);
        return ((AbandonedOutcome, AbandonedOutcome), null);
    }

    // The talk phase, under call control (hold, transfer, monitor, force release); the ACD is told when it ends.
    private static async Task<(ConversationEnd End, string AgentId, ICallSession? Leg)> TalkAsync(ActivityContext context, ICallSession call,
        Domain.Queues.CallQueue queue, string agentId, ICallSession leg, IAcd acd, AcdConfiguration configuration, TimeProvider time)
    {
        var services = context.Services;
        var folder = Path.Combine(services.GetRequiredService<IOptions<IvrOptions>>().Value.RecordingsFolder, time.GetUtcNow().ToString("yyyyMMdd"));
        var plan = new RecordingPlan(queue, folder, $"{RecordingPlan.FileSafe(call.Id)}-{RecordingPlan.FileSafe(agentId)}-{queue.Name}");
        var live = new LiveCall(call, queue.Name, time.GetUtcNow()) { AgentId = agentId, AgentLeg = leg };
        var liveCalls = services.GetRequiredService<LiveCalls>();
        liveCalls.Add(live);
        ConversationEnd end;
        try
        {
            var music = await services.GetRequiredService<QueueHold>().MusicAsync(queue, CancellationToken.None);
            var conversation = new AgentConversation(live, music, plan, acd, configuration, services.GetService<ITelephony>(), time,
                services.GetRequiredService<ILogger<Enqueue>>());
            end = call.State == CallSessionState.Ended
                ? new ConversationEnd(CallSide.Caller, TimeSpan.Zero, [])
                : await conversation.RunAsync();
        }
        finally
        {
            liveCalls.Remove(live);
        }
        // Sent into a flow: the agent holds and the conversation resumes after it (ConverseAsync).
        if (end.FlowRequest is not null) return (end, live.AgentId ?? agentId, live.AgentLeg);
        if (live.AgentLeg is { State: not CallSessionState.Ended } current)
            await current.HangUpAsync(end.EndedBy == CallSide.Caller ? "the caller hung up" : "the call ended", ct: CancellationToken.None);
        if (end.TransferToQueue is null) acd.Complete(call.Id, end.EndedBy);
        services.GetRequiredService<AgentCallEvents>().Publish(new AgentCallEvent(AgentCallEventKind.Ended, time.GetUtcNow(), call.Id, call.Caller, call.Called,
            queue.Name, live.AgentId ?? agentId, configuration.ExtensionOf(live.AgentId ?? agentId), live.AgentLeg?.Id));
        return (end, live.AgentId ?? agentId, live.AgentLeg);
    }

    // The talk phases of one connection: between them, the flows the agent sends the caller into (座席按键转应用).
    private static async Task<ConversationEnd> ConverseAsync(ActivityContext context, ICallSession call, CallBinding binding, Domain.Queues.CallQueue queue,
        string agentId, ICallSession leg, IAcd acd, AcdConfiguration configuration, TimeProvider time)
    {
        var (talk, recordings, transfers) = (TimeSpan.Zero, new List<(string, TimeSpan)>(), new List<CallTransfer>());
        while (true)
        {
            var (end, nowAgent, nowLeg) = await TalkAsync(context, call, queue, agentId, leg, acd, configuration, time);
            (talk, agentId, leg) = (talk + end.Talk, nowAgent, nowLeg ?? leg);
            recordings.AddRange(end.Recordings);
            transfers.AddRange(end.Transfers ?? []);
            var total = end with { Talk = talk, Recordings = recordings, Transfers = transfers, FlowRequest = null };
            if (end.FlowRequest is not { } sent) return total;
            var music = await context.Services.GetRequiredService<QueueHold>().MusicAsync(queue, CancellationToken.None);
            var flowId = sent.Target!["flow:".Length..];
            var (ok, message, result) = await LentFlow.RunAsync(context, call, binding, leg, music, flowId);
            sent.Complete(ok, message, result);
            if (call.State != CallSessionState.Ended && leg.State != CallSessionState.Ended) continue;
            var side = call.State == CallSessionState.Ended ? CallSide.Caller : CallSide.Agent;
            if (leg.State != CallSessionState.Ended) await leg.HangUpAsync("the caller hung up", ct: CancellationToken.None);
            acd.Complete(call.Id, side);
            return total with { EndedBy = side };
        }
    }
}

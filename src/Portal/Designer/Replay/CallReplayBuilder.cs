using CallCenter.Designer.Replay;
using CallCenter.Domain.Calls;

namespace CallCenter.Portal.Designer.Replay;

/// <summary>
/// Turns a stored call (its record and the trace of its flow) into the replay the designer draws: each step's time is
/// until the next step started (the last one: until the call ended), and the keys and prompts recorded at a node while
/// the caller was there belong to that step.
/// </summary>
public static class CallReplayBuilder
{
    public static FlowReplay Build(CallDetailRecord record, CallTrace trace, string startedText)
    {
        var path = trace.Details.Path;
        var ended = new DateTimeOffset(DateTime.SpecifyKind(record.EndedAt, DateTimeKind.Utc));
        var steps = new List<ReplayStep>(path.Count);
        for (var i = 0; i < path.Count; i++)
        {
            var step = path[i];
            var until = i + 1 < path.Count ? path[i + 1].At : ended;
            if (until < step.At) until = step.At;
            bool During(string activity, DateTimeOffset at) => activity == step.ActivityId && at >= step.At && (at < until || i + 1 == path.Count);
            var digits = string.Concat(trace.Details.Digits.Where(d => During(d.ActivityId, d.At)).Select(d => d.Digits));
            var said = trace.Details.Prompts.Where(p => During(p.ActivityId, p.At)).Select(p => p.Text ?? "♪ " + p.Name).ToList();
            steps.Add(new ReplayStep(i + 1, step.Flow ?? trace.FlowName, step.ActivityId, step.Type, step.Outcome, until - step.At,
                digits.Length == 0 ? null : digits, said, step.Error));
        }
        var started = DateTime.SpecifyKind(record.StartedAt, DateTimeKind.Utc);
        return new FlowReplay(record.CallId, trace.FlowName, trace.FlowVersion, record.From, record.To, startedText,
            record.EndedAt - started, record.HangupBy, steps);
    }
}

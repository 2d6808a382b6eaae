using System.Globalization;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.QueueEvents;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Writes the ACD's queue log lines into <c>queue_events</c> (typed columns for positions, wait, talk and ring times)
/// and agents' status changes into <c>agent_status_changes</c>, through the batching <see cref="AcdLogWriter"/>: the
/// decision path only copies a row into a channel.
/// </summary>
public sealed class AcdLogObserver(AcdLogWriter writer) : IAcdObserver
{
    public void OnEvent(AcdEvent acdEvent)
    {
        switch (acdEvent)
        {
            case QueueLogEntry line:
                writer.TryWrite(ToRow(line));
                break;
            case AgentStatusChanged change:
                writer.TryWrite(new AgentStatusChange { AgentNumber = change.AgentId, From = change.From, To = change.To, Reason = change.Reason, At = change.At.UtcDateTime });
                break;
        }
    }

    /// <summary>The row of one queue log line (see <see cref="QueueLogEntry"/> for each type's data fields).</summary>
    public static QueueEvent ToRow(QueueLogEntry line)
    {
        var row = new QueueEvent { At = line.At.UtcDateTime, CallId = line.CallId, Queue = line.Queue, Agent = line.AgentId, Event = line.Type };
        var d = line.Data;
        switch (line.Type)
        {
            case QueueEventType.EnterQueue:
                (row.Position, row.Priority) = (Int(d, 0), Int(d, 1));
                break;
            case QueueEventType.Offer:
                row.RingSeconds = Number(d, 0);
                break;
            case QueueEventType.RingNoAnswer:
                row.RingSeconds = Number(d, 0) / 1000;
                row.Data = Text(d, 1);
                break;
            case QueueEventType.Connect:
                row.WaitSeconds = Number(d, 0);
                break;
            case QueueEventType.CompleteAgent or QueueEventType.CompleteCaller:
                (row.WaitSeconds, row.TalkSeconds) = (Number(d, 0), Number(d, 1));
                break;
            case QueueEventType.Abandon or QueueEventType.ExitWithTimeout or QueueEventType.ExitEmpty:
                (row.Position, row.OriginalPosition, row.WaitSeconds) = (Int(d, 0), Int(d, 1), Number(d, 2));
                break;
            case QueueEventType.Transfer:
                (row.Data, row.WaitSeconds, row.TalkSeconds) = (Text(d, 0), Number(d, 1), Number(d, 2));
                break;
            default:
                row.Data = d.Count == 0 ? null : string.Join('|', d);
                break;
        }
        return row;
    }

    private static string? Text(IReadOnlyList<string> data, int index) => index < data.Count ? data[index] : null;

    private static int? Int(IReadOnlyList<string> data, int index) =>
        int.TryParse(Text(data, index), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Number(IReadOnlyList<string> data, int index) =>
        double.TryParse(Text(data, index), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

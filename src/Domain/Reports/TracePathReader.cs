using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Reads only the steps of a stored trace's JSON (<c>call_traces.details</c>, camelCase as the entity configuration
/// writes it): per step of <c>path</c> its activity id, type, outcome and sub-flow. Everything else (queues, prompts,
/// digits, times) is skipped without being materialised — deserialising the whole <c>CallTraceDetails</c> of every call
/// was most of the IVR navigation report's time.
/// </summary>
internal static class TracePathReader
{
    /// <summary>One step, as the IVR report counts it.</summary>
    public readonly record struct Step(string ActivityId, string Type, string? Outcome, string? Flow);

    private static readonly byte[] PathName = "path"u8.ToArray();

    /// <summary>Calls <paramref name="onStep"/> for each step of the trace's path, in order.</summary>
    public static void ForEachStep(string json, Action<Step> onStep)
    {
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            Read(buffer.AsSpan(0, length), onStep);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Read(ReadOnlySpan<byte> utf8, Action<Step> onStep)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPath = reader.ValueTextEquals(PathName);
            reader.Read();
            if (!isPath || reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); continue; }
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject) onStep(ReadStep(ref reader));
            return;
        }
    }

    private static Step ReadStep(ref Utf8JsonReader reader)
    {
        string? id = null, type = null, outcome = null, flow = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("activityId"u8)) { reader.Read(); id = reader.GetString(); }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); type = reader.GetString(); }
            else if (reader.ValueTextEquals("outcome"u8)) { reader.Read(); outcome = reader.GetString(); }
            else if (reader.ValueTextEquals("flow"u8)) { reader.Read(); flow = reader.GetString(); }
            else { reader.Read(); reader.Skip(); }
        }
        return new Step(id ?? "", type ?? "", outcome, flow);
    }
}

using CallCenter.Domain.Calls;

namespace CallCenter.Activities.Calls;

/// <summary>Stores a call's trace when its flow is over (<c>Telephony/DatabaseCallRecordSink</c>: batched with the call records).</summary>
public interface ICallTraceSink
{
    ValueTask WriteAsync(CallTrace trace, CancellationToken ct = default);
}

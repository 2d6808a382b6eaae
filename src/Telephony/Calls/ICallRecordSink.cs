namespace CallCenter.Telephony.Calls;

/// <summary>Where call records go (the product: the call_records table). Must not throw for a storage hiccup it can log.</summary>
public interface ICallRecordSink
{
    ValueTask WriteAsync(CallRecord record, CancellationToken ct = default);
}

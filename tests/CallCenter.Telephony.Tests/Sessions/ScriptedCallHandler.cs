using System.Threading.Channels;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// The incoming-call handler of a test: takes calls to <see cref="Number"/> and runs the test's script on each;
/// the sessions it got and what the scripts returned or threw are there to await.
/// </summary>
internal sealed class ScriptedCallHandler(Func<ICallSession, CancellationToken, Task> script) : IIncomingCallHandler
{
    public const string Number = "12345";
    private readonly Channel<ICallSession> _sessions = Channel.CreateUnbounded<ICallSession>();
    private readonly Channel<Exception?> _finished = Channel.CreateUnbounded<Exception?>();

    public ValueTask<bool> AcceptsAsync(string called, string caller, CancellationToken ct) => new(called == Number);

    public async Task HandleAsync(ICallSession call, CancellationToken ct)
    {
        _sessions.Writer.TryWrite(call);
        try
        {
            await script(call, ct);
            _finished.Writer.TryWrite(null);
        }
        catch (Exception ex)
        {
            _finished.Writer.TryWrite(ex);
            throw;
        }
    }

    /// <summary>The next call handed to the script.</summary>
    public Task<ICallSession> NextSessionAsync() => _sessions.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

    /// <summary>Waits for the next script to return; fails with what it threw.</summary>
    public async Task ScriptFinishedAsync()
    {
        if (await _finished.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)) is { } error) throw new Xunit.Sdk.XunitException($"The call script failed: {error}");
    }
}

using CallCenter.Telephony.Media.Playback;

namespace CallCenter.Telephony.Media.Input;

/// <summary>
/// Play with barge-in: a digit in the session's <see cref="DigitBuffer"/> stops the prompt — one already
/// typed ahead stops it before it starts — and stays in the buffer for the collection that follows.
/// </summary>
public static class BargeIn
{
    /// <summary>Stops <paramref name="player"/> on the first digit; dispose the result when the prompt is over.</summary>
    public static IDisposable StopOnDigit(DigitBuffer buffer, PromptPlayer player)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(player);
        var subscription = new Subscription(buffer, player);
        if (buffer.Count > 0) player.Stop();
        return subscription;
    }

    private sealed class Subscription : IDisposable
    {
        private readonly DigitBuffer _buffer;
        private readonly PromptPlayer _player;

        public Subscription(DigitBuffer buffer, PromptPlayer player)
        {
            _buffer = buffer;
            _player = player;
            buffer.DigitAdded += OnDigit;
        }

        public void Dispose() => _buffer.DigitAdded -= OnDigit;

        private void OnDigit(char digit) => _player.Stop();
    }
}

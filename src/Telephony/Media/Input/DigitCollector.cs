using System.Text;

namespace CallCenter.Telephony.Media.Input;

/// <summary>
/// Collects digits from a session's <see cref="DigitBuffer"/>: first those already typed ahead, then
/// those pressed while waiting, until <see cref="DigitCollectionOptions.MaxDigits"/>, a terminator, the
/// first-digit or inter-digit timeout (on a <see cref="TimeProvider"/>), or cancellation. Digits after the
/// one that ended collection stay in the buffer for the next one.
/// </summary>
public static class DigitCollector
{
    /// <summary>Collects digits; never throws on cancellation (the result says <see cref="DigitCollectionEnd.Cancelled"/>).</summary>
    public static Task<DigitCollectionResult> CollectAsync(DigitBuffer buffer, DigitCollectionOptions options, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        return new Collection(buffer, options, time).RunAsync(ct);
    }

    private sealed class Collection(DigitBuffer buffer, DigitCollectionOptions options, TimeProvider time)
    {
        private readonly Lock _gate = new();
        private readonly StringBuilder _digits = new();
        private readonly TaskCompletionSource<DigitCollectionResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ITimer? _timer;

        public async Task<DigitCollectionResult> RunAsync(CancellationToken ct)
        {
            buffer.DigitAdded += OnDigitAdded;
            lock (_gate) _timer = time.CreateTimer(_ => Finish(DigitCollectionEnd.Timeout, null), null, options.FirstDigitTimeout, Timeout.InfiniteTimeSpan);
            await using var registration = ct.Register(() => Finish(DigitCollectionEnd.Cancelled, null)).ConfigureAwait(false);
            Drain(); // type-ahead
            try
            {
                return await _done.Task.ConfigureAwait(false);
            }
            finally
            {
                buffer.DigitAdded -= OnDigitAdded;
                lock (_gate) _timer?.Dispose();
            }
        }

        private void OnDigitAdded(char digit) => Drain();

        private void Drain()
        {
            lock (_gate)
            {
                while (!_done.Task.IsCompleted && buffer.TryTake(out char digit))
                {
                    if (options.Terminators.Contains(digit, StringComparison.Ordinal))
                    {
                        Finish(DigitCollectionEnd.Terminator, digit);
                        return;
                    }

                    _digits.Append(digit);
                    if (options.MaxDigits > 0 && _digits.Length >= options.MaxDigits)
                    {
                        Finish(DigitCollectionEnd.MaxDigits, null);
                        return;
                    }

                    _timer?.Change(options.InterDigitTimeout, Timeout.InfiniteTimeSpan);
                }
            }
        }

        private void Finish(DigitCollectionEnd end, char? terminator)
        {
            lock (_gate)
            {
                if (_done.Task.IsCompleted) return;
                _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _done.TrySetResult(new DigitCollectionResult(_digits.ToString(), end, terminator));
            }
        }
    }
}

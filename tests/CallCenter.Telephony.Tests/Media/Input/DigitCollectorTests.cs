using CallCenter.Telephony.Media.Input;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Media.Input;

public class DigitCollectorTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new();
    private readonly DigitBuffer _buffer = new();

    private Task<DigitCollectionResult> Collect(int max = 4, string terminators = "#", CancellationToken ct = default) =>
        DigitCollector.CollectAsync(_buffer, new DigitCollectionOptions
        {
            MaxDigits = max,
            Terminators = terminators,
            FirstDigitTimeout = TimeSpan.FromSeconds(5),
            InterDigitTimeout = TimeSpan.FromSeconds(2),
        }, _time, ct);

    [Fact]
    public async Task Ends_at_max_digits_and_leaves_later_digits_for_the_next_collection()
    {
        var collecting = Collect(max: 3);
        foreach (char d in "12345") _buffer.Add(d);

        var result = await collecting.WaitAsync(Wait);

        Assert.Equal(new DigitCollectionResult("123", DigitCollectionEnd.MaxDigits), result);
        Assert.Equal(2, _buffer.Count);
    }

    [Fact]
    public async Task A_terminator_ends_collection_and_is_reported_but_not_collected()
    {
        var collecting = Collect(max: 10, terminators: "#*");
        foreach (char d in "98*") _buffer.Add(d);

        var result = await collecting.WaitAsync(Wait);

        Assert.Equal("98", result.Digits);
        Assert.Equal(DigitCollectionEnd.Terminator, result.End);
        Assert.Equal('*', result.Terminator);
    }

    [Fact]
    public async Task Digits_typed_ahead_during_a_prompt_are_collected()
    {
        _buffer.Add('7'); // pressed while the prompt played (barge-in left it in the buffer)
        _buffer.Add('#');

        var result = await Collect(max: 5).WaitAsync(Wait);

        Assert.Equal(new DigitCollectionResult("7", DigitCollectionEnd.Terminator, '#'), result);
    }

    [Fact]
    public async Task No_digit_within_the_first_digit_timeout_is_no_input()
    {
        var collecting = Collect();
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(collecting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        var result = await collecting.WaitAsync(Wait);

        Assert.Equal(DigitCollectionEnd.Timeout, result.End);
        Assert.True(result.NoInput);
    }

    [Fact]
    public async Task The_inter_digit_timeout_restarts_with_each_digit()
    {
        var collecting = Collect(max: 10);
        _time.Advance(TimeSpan.FromSeconds(4)); // first digit late but within 5 s
        _buffer.Add('1');
        _time.Advance(TimeSpan.FromSeconds(1.5));
        _buffer.Add('2');
        _time.Advance(TimeSpan.FromSeconds(1.5)); // 3 s after the first digit, 1.5 s after the second
        Assert.False(collecting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.5));
        var result = await collecting.WaitAsync(Wait);

        Assert.Equal(new DigitCollectionResult("12", DigitCollectionEnd.Timeout), result);
        Assert.False(result.NoInput);
    }

    [Fact]
    public async Task Cancelling_returns_what_was_collected_so_far()
    {
        using var cts = new CancellationTokenSource();
        var collecting = Collect(max: 10, ct: cts.Token);
        _buffer.Add('5');

        await cts.CancelAsync();
        var result = await collecting.WaitAsync(Wait);

        Assert.Equal(new DigitCollectionResult("5", DigitCollectionEnd.Cancelled), result);
    }

    [Fact]
    public void The_buffer_keeps_the_latest_digits_when_full()
    {
        var buffer = new DigitBuffer(capacity: 3);
        foreach (char d in "12345") buffer.Add(d);

        var taken = new List<char>();
        while (buffer.TryTake(out char d)) taken.Add(d);

        Assert.Equal(['3', '4', '5'], taken);
    }
}

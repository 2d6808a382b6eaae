using CallCenter.Activities.Calls;
using CallCenter.Activities.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>The recording retention sweep on a real folder: what is older than the retention goes, the rest stays.</summary>
public sealed class RecordingRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("cc-retention-").FullName;
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Wav(string day, string name, TimeSpan age)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, day)).FullName, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, (Now - age).UtcDateTime);
        return path;
    }

    private RecordingRetentionService Service(TimeSpan retention) => new(
        new ChangingOptions<IvrOptions>(new IvrOptions { RecordingsFolder = _folder, RecordingRetention = retention }), _time, NullLogger<RecordingRetentionService>.Instance);

    [Fact]
    public void Recordings_older_than_the_retention_and_their_emptied_day_folders_are_deleted_newer_ones_kept()
    {
        var old = Wav("20260501", "old.wav", TimeSpan.FromDays(200));
        var oldToo = Wav("20260601", "a.wav", TimeSpan.FromDays(181));
        var recent = Wav("20260601", "b.wav", TimeSpan.FromDays(179));
        var today = Wav("20261125", "today.wav", TimeSpan.FromMinutes(5));
        var notes = Path.Combine(_folder, "20260501", "notes.txt");
        File.WriteAllText(notes, "kept: not a recording");

        var deleted = Service(TimeSpan.FromDays(180)).Sweep();

        Assert.Equal(2, deleted);
        Assert.False(File.Exists(old) || File.Exists(oldToo));
        Assert.True(File.Exists(recent) && File.Exists(today) && File.Exists(notes));
    }

    [Fact]
    public void An_emptied_day_folder_goes_and_no_retention_deletes_nothing()
    {
        var old = Wav("20250101", "old.wav", TimeSpan.FromDays(700));

        Assert.Equal(0, Service(TimeSpan.Zero).Sweep());
        Assert.True(File.Exists(old));

        Assert.Equal(1, Service(TimeSpan.FromDays(365)).Sweep());
        Assert.False(Directory.Exists(Path.Combine(_folder, "20250101")));
    }

    [Fact]
    public async Task Started_it_sweeps_at_once_and_again_each_interval()
    {
        var service = new RecordingRetentionService(new ChangingOptions<IvrOptions>(new IvrOptions
        {
            RecordingsFolder = _folder, RecordingRetention = TimeSpan.FromDays(30), RetentionSweepInterval = TimeSpan.FromHours(6),
        }), _time, NullLogger<RecordingRetentionService>.Instance);
        var first = Wav("20261001", "first.wav", TimeSpan.FromDays(31));
        await service.StartAsync(CancellationToken.None);
        Assert.False(File.Exists(first));

        var second = Wav("20261026", "second.wav", TimeSpan.FromDays(30) - TimeSpan.FromHours(1));
        _time.Advance(TimeSpan.FromHours(6));
        Assert.False(File.Exists(second));
        await service.StopAsync(CancellationToken.None);
        service.Dispose();
    }

    [Fact]
    public async Task A_retention_set_while_running_sweeps_at_once_without_a_restart()
    {
        var settings = new ChangingOptions<IvrOptions>(new IvrOptions { RecordingsFolder = _folder, RecordingRetention = TimeSpan.Zero });
        using var service = new RecordingRetentionService(settings, _time, NullLogger<RecordingRetentionService>.Instance);
        var old = Wav("20260101", "old.wav", TimeSpan.FromDays(328));
        await service.StartAsync(CancellationToken.None);
        Assert.True(File.Exists(old)); // no retention yet: kept

        // The admin sets 90 days on the settings page: the reloaded options sweep now, not at the next interval.
        settings.Set(new IvrOptions { RecordingsFolder = _folder, RecordingRetention = TimeSpan.FromDays(90) });
        Assert.False(File.Exists(old));
        await service.StopAsync(CancellationToken.None);
    }
}

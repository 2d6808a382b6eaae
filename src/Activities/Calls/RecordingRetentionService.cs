using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Deletes recordings older than <see cref="IvrOptions.RecordingRetention"/> (by the file's last write time) under
/// <see cref="IvrOptions.RecordingsFolder"/>, and day folders left empty; at start and every
/// <see cref="IvrOptions.RetentionSweepInterval"/>, and at once when the settings change (the admin's settings page
/// writes them; no restart). Nothing is deleted while the retention is zero. A file in use or not deletable is skipped
/// and tried again at the next sweep.
/// </summary>
public sealed class RecordingRetentionService(IOptionsMonitor<IvrOptions> options, TimeProvider time, ILogger<RecordingRetentionService> logger) : IHostedService, IDisposable
{
    private readonly Lock _sweeping = new();
    private ITimer? _timer;
    private IDisposable? _onChange;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _onChange = options.OnChange(_ => Sweep());
        _timer = time.CreateTimer(_ => Sweep(), null, TimeSpan.Zero, options.CurrentValue.RetentionSweepInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _onChange?.Dispose();
        _onChange = null;
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    /// <summary>One sweep with the current settings; returns how many files were deleted.</summary>
    public int Sweep()
    {
        lock (_sweeping) return SweepOnce(options.CurrentValue);
    }

    private int SweepOnce(IvrOptions o)
    {
        var folder = Path.GetFullPath(o.RecordingsFolder);
        if (o.RecordingRetention <= TimeSpan.Zero || !Directory.Exists(folder)) return 0;
        var cutoff = time.GetUtcNow().UtcDateTime - o.RecordingRetention;
        var deleted = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.wav", SearchOption.AllDirectories))
            {
                try
                {
                    if (File.GetLastWriteTimeUtc(file) >= cutoff) continue;
                    File.Delete(file);
                    deleted++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    logger.LogWarning("Recording {File} could not be deleted: {Error}", file, ex.Message);
                }
            }
            foreach (var day in Directory.EnumerateDirectories(folder))
                if (!Directory.EnumerateFileSystemEntries(day).Any()) Directory.Delete(day);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Recording retention sweep of {Folder} stopped: {Error}", folder, ex.Message);
        }
        if (deleted > 0) logger.LogInformation("Deleted {Count} recording(s) older than {Retention} from {Folder}", deleted, o.RecordingRetention, folder);
        return deleted;
    }

    public void Dispose()
    {
        _onChange?.Dispose();
        _timer?.Dispose();
    }
}

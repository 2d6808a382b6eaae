using System.Collections.Concurrent;
using System.Text;
using CallCenter.Domain.Data;
using CallCenter.Domain.Prompts;
using CallCenter.Telephony.Media.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Prompts;

/// <summary>
/// The prompt library: uploads (WAV/MP3 of any rate and channel count) are converted once to 8 kHz mono
/// 16-bit WAV under <c>data/prompts/</c> and recorded in the <c>prompts</c> table; a bad or half-uploaded
/// file is refused with a typed error and stores nothing; a replacement is written to a new file and only
/// then swapped in. Played prompts are cached in memory by name (one load even under concurrent calls).
/// </summary>
public sealed partial class PromptLibrary(
    IDbContextFactory<CallCenterDbContext> factory, IOptions<PromptStorageOptions> options, TimeProvider time, ILogger<PromptLibrary> logger)
{
    /// <summary>Longest prompt name.</summary>
    public const int MaxNameLength = 100;

    private readonly PromptStorageOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedAudio?>>> _audio = new(StringComparer.Ordinal);

    /// <summary>Converts and stores <paramref name="content"/> as the prompt <see cref="PromptUpload.Name"/>.</summary>
    public async Task<PromptUploadResult> UploadAsync(PromptUpload upload, Stream content, CancellationToken ct = default)
    {
        var name = upload.Name?.Trim() ?? "";
        // A slash would make the name unreachable as a URL segment (/api/v1/prompts/{name}).
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(c => char.IsControl(c) || c is '/' or '\\'))
            return PromptUploadResult.Fail(PromptUploadError.InvalidName, $"A prompt name needs 1 to {MaxNameLength} characters, without slashes or control characters.");
        var label = upload.FileName ?? name;

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxUploadBytes)
                return PromptUploadResult.Fail(PromptUploadError.TooLarge, $"Prompt '{label}' is larger than {_options.MaxUploadBytes / (1024 * 1024)} MiB.");
            buffer.Write(chunk, 0, read);
        }

        // Decoding is CPU work of up to a few hundred milliseconds: keep it off the request's thread.
        var decoded = await Task.Run(() => AudioDecoder.Decode(buffer.ToArray(), label), ct).ConfigureAwait(false);
        if (decoded.Audio is not { } audio) return PromptUploadResult.Fail(decoded.Error, decoded.Message);

        var relative = $"prompts/{Slug(name)}-{Guid.NewGuid().ToString("N")[..12]}.wav";
        var full = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        await File.WriteAllBytesAsync(temporary, AudioDecoder.ToWav(audio), ct).ConfigureAwait(false);
        File.Move(temporary, full);

        string? replaced = null;
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var now = time.GetUtcNow().UtcDateTime;
            var prompt = await db.Prompts.FirstOrDefaultAsync(p => p.Name == name, ct).ConfigureAwait(false);
            if (prompt is not null && !upload.Replace)
            {
                File.Delete(full);
                return PromptUploadResult.Fail(PromptUploadError.AlreadyExists, $"A prompt named '{name}' exists already; upload with replace to change its audio.");
            }

            if (prompt is null)
            {
                prompt = new Prompt { Name = name, CreatedAt = now };
                db.Prompts.Add(prompt);
            }
            else
            {
                replaced = prompt.FilePath;
            }

            prompt.Language = string.IsNullOrWhiteSpace(upload.Language) ? prompt.Language : upload.Language.Trim();
            prompt.Description = upload.Description ?? prompt.Description;
            prompt.OriginalFileName = upload.FileName;
            prompt.FilePath = relative;
            prompt.DurationMs = (int)audio.Duration.TotalMilliseconds;
            prompt.UpdatedAt = now;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            Forget(name);
            if (replaced is not null) TryDelete(replaced);
            LogStored(name, relative, prompt.DurationMs, replaced is not null);
            return new PromptUploadResult(prompt, PromptUploadError.None, replaced is null ? "Stored." : "Replaced.");
        }
        catch (DbUpdateException)
        {
            File.Delete(full);
            // The unique name index: another upload of the same name won the race. Any other failure surfaces.
            if (replaced is not null || await FindAsync(name, CancellationToken.None).ConfigureAwait(false) is null) throw;
            return PromptUploadResult.Fail(PromptUploadError.AlreadyExists, $"A prompt named '{name}' was stored by another upload at the same time.");
        }
        catch
        {
            File.Delete(full);
            throw;
        }
    }

    /// <summary>All prompts, by name.</summary>
    public async Task<IReadOnlyList<Prompt>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Prompts.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<Prompt?> FindAsync(string name, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Prompts.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, ct).ConfigureAwait(false);
    }

    /// <summary>Which of <paramref name="names"/> are not in the library.</summary>
    public async Task<IReadOnlySet<string>> FindMissingAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        if (names.Count == 0) return new HashSet<string>();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Prompts.Where(p => wanted.Contains(p.Name)).Select(p => p.Name).ToListAsync(ct).ConfigureAwait(false);
        return wanted.Except(known, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Removes the prompt and its file; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var prompt = await db.Prompts.FirstOrDefaultAsync(p => p.Name == name, ct).ConfigureAwait(false);
        if (prompt is null) return false;
        db.Prompts.Remove(prompt);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        Forget(name);
        TryDelete(prompt.FilePath);
        return true;
    }

    /// <summary>
    /// The prompt's audio, ready to play; null when there is no such prompt. Loaded once and kept in memory;
    /// every <see cref="PromptStorageOptions.RecheckInterval"/> one indexed query sees whether another node replaced it.
    /// </summary>
    public async ValueTask<AudioPrompt?> GetAudioAsync(string name, CancellationToken ct = default)
    {
        for (int attempt = 0; ; attempt++)
        {
            var entry = _audio.GetOrAdd(name, n => new Lazy<Task<CachedAudio?>>(() => LoadAsync(n)));
            CachedAudio? cached;
            try
            {
                cached = await entry.Value.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _audio.TryRemove(new(name, entry));
                throw;
            }

            // A missing prompt is not remembered: it may be uploaded in a minute.
            if (cached is null)
            {
                _audio.TryRemove(new(name, entry));
                return null;
            }

            if (time.GetElapsedTime(cached.CheckedAt) < _options.RecheckInterval || attempt > 0) return cached.Audio;
            var current = await CurrentFileAsync(name, ct).ConfigureAwait(false);
            if (current == cached.FilePath)
            {
                var refreshed = cached with { CheckedAt = time.GetTimestamp() };
                _audio.TryUpdate(name, new Lazy<Task<CachedAudio?>>(Task.FromResult<CachedAudio?>(refreshed)), entry);
                return cached.Audio;
            }

            _audio.TryRemove(new(name, entry)); // replaced or deleted elsewhere: load again
        }
    }

    private async Task<string?> CurrentFileAsync(string name, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Prompts.Where(p => p.Name == name).Select(p => p.FilePath).FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    private async Task<CachedAudio?> LoadAsync(string name)
    {
        var checkedAt = time.GetTimestamp();
        var prompt = await FindAsync(name).ConfigureAwait(false);
        if (prompt is null) return null;
        var loaded = await Task.Run(() => PromptLoader.Load(FullPath(prompt.FilePath))).ConfigureAwait(false);
        if (loaded.Prompt is { } audio) return new CachedAudio(new AudioPrompt(audio.Samples[..audio.SampleCount], name), prompt.FilePath, checkedAt);
        throw new InvalidOperationException($"The stored audio of prompt '{name}' cannot be played: {loaded.Message}");
    }

    private sealed record CachedAudio(AudioPrompt Audio, string FilePath, long CheckedAt);

    private void Forget(string name) => _audio.TryRemove(name, out _);

    private string FullPath(string relative) => Path.GetFullPath(Path.Combine(_options.DataDirectory, relative));

    private void TryDelete(string relative)
    {
        try
        {
            File.Delete(FullPath(relative));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogDeleteFailed(ex, relative);
        }
    }

    // File names stay ASCII whatever the prompt is called (欢迎语 → prompt-…); the random suffix makes them unique.
    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 40) break;
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "prompt" : text;
    }

    [LoggerMessage(LogLevel.Information, "Prompt {Name} stored as {Path} ({DurationMs} ms, replaced: {Replaced})")]
    private partial void LogStored(string name, string path, int durationMs, bool replaced);

    [LoggerMessage(LogLevel.Warning, "Could not delete the old prompt file {Path}")]
    private partial void LogDeleteFailed(Exception ex, string path);
}

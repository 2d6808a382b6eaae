using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Telephony.Media.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Prompts;

/// <summary>
/// Text to speech with espeak-ng (voices <c>cmn</c>, <c>en</c>, …), cached by (text, voice) in memory and
/// on disk under <c>data/tts/</c> as 8 kHz mono WAV. Single-flight: concurrent requests for the same
/// sentence share one synthesis, so a sentence is synthesised once per data folder.
/// </summary>
public sealed partial class TtsCache(IOptions<PromptStorageOptions> options, ILogger<TtsCache> logger)
{
    private readonly PromptStorageOptions _options = options.Value;
    private readonly ConcurrentDictionary<(string Text, string Voice), Lazy<Task<AudioPrompt>>> _memory = new();
    private readonly SemaphoreSlim _processes = new(Math.Max(1, options.Value.TtsConcurrency));
    private int _syntheses;

    /// <summary>How many times espeak-ng ran (cache misses on disk and in memory), for tests and metrics.</summary>
    public int Syntheses => Volatile.Read(ref _syntheses);

    /// <summary><paramref name="text"/> spoken with <paramref name="voice"/>; throws <see cref="SpeechSynthesisException"/> when espeak-ng is missing or fails.</summary>
    public async ValueTask<AudioPrompt> SpeakAsync(string text, string voice, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        var key = (text.Trim(), voice.Trim());
        var entry = _memory.GetOrAdd(key, k => new Lazy<Task<AudioPrompt>>(() => LoadOrSynthesiseAsync(k.Text, k.Voice)));
        try
        {
            // One caller giving up must not cancel the synthesis the others wait for.
            return await entry.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _memory.TryRemove(new(key, entry)); // a failure is not cached: the next request tries again
            throw;
        }
        finally
        {
            if (_memory.Count > _options.TtsMemoryEntries) Trim();
        }
    }

    /// <summary>Where the WAV for (text, voice) is cached.</summary>
    public string CachePath(string text, string voice)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(voice.Trim() + "\n" + text.Trim())));
        return Path.GetFullPath(Path.Combine(_options.TtsDirectory, SafeVoice(voice.Trim()), hash[..2], hash + ".wav"));
    }

    private async Task<AudioPrompt> LoadOrSynthesiseAsync(string text, string voice)
    {
        var path = CachePath(text, voice);
        if (File.Exists(path))
        {
            var cached = await Task.Run(() => PromptLoader.Load(path)).ConfigureAwait(false);
            if (cached.Prompt is { } prompt) return Named(prompt, text, voice);
            LogBadCacheFile(path, cached.Message);
        }

        await _processes.WaitAsync().ConfigureAwait(false);
        try
        {
            var audio = await SynthesiseAsync(text, voice).ConfigureAwait(false);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.part";
            await File.WriteAllBytesAsync(temporary, AudioDecoder.ToWav(audio)).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            return audio;
        }
        finally
        {
            _processes.Release();
        }
    }

    private async Task<AudioPrompt> SynthesiseAsync(string text, string voice)
    {
        Interlocked.Increment(ref _syntheses);
        var output = Path.Combine(Path.GetTempPath(), $"callcenter-tts-{Guid.NewGuid():N}.wav");
        var info = new ProcessStartInfo(_options.EspeakExecutable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // The leading space keeps a text such as "-5 degrees" from being read as an option; with --stdin
        // espeak-ng would silently ignore an unknown voice instead of failing.
        foreach (var arg in (string[])["-v", voice, "-s", _options.TtsWordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", output, " " + text])
            info.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(info) ?? throw new SpeechSynthesisException("espeak-ng did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex)
            {
                process.Kill(entireProcessTree: true);
                throw new SpeechSynthesisException("espeak-ng did not finish within 30 s.", ex);
            }

            var stderr = (await errors.ConfigureAwait(false)).Trim();
            if (process.ExitCode != 0)
                throw new SpeechSynthesisException($"espeak-ng could not speak with voice '{voice}' (exit {process.ExitCode}): {stderr}");
            var loaded = PromptLoader.Load(output);
            if (loaded.Prompt is not { } prompt) throw new SpeechSynthesisException($"espeak-ng wrote no usable audio: {loaded.Message}");
            LogSynthesised(voice, text.Length, (int)prompt.Duration.TotalMilliseconds);
            return Named(prompt, text, voice);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SpeechSynthesisException(
                $"espeak-ng ('{_options.EspeakExecutable}') is not installed: install the Debian package espeak-ng (apt-get install espeak-ng).", ex);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static AudioPrompt Named(AudioPrompt prompt, string text, string voice) =>
        new(prompt.Samples[..prompt.SampleCount], $"tts:{voice}:{(text.Length > 40 ? text[..40] + "…" : text)}");

    private static string SafeVoice(string voice) =>
        string.Concat(voice.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    // Dynamic texts (balances, dates) would grow the memory cache without end; the disk keeps them all.
    private void Trim()
    {
        foreach (var (key, entry) in _memory)
        {
            if (_memory.Count <= _options.TtsMemoryEntries / 2) break;
            if (entry.IsValueCreated && entry.Value.IsCompleted) _memory.TryRemove(new(key, entry));
        }
    }

    [LoggerMessage(LogLevel.Debug, "Synthesised {Chars} characters with voice {Voice}: {DurationMs} ms of audio")]
    private partial void LogSynthesised(string voice, int chars, int durationMs);

    [LoggerMessage(LogLevel.Warning, "Cached speech {Path} is unreadable and is synthesised again: {Reason}")]
    private partial void LogBadCacheFile(string path, string reason);
}

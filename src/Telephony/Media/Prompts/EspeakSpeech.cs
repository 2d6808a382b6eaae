using System.Diagnostics;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>
/// Text to speech with espeak-ng (Debian package <c>espeak-ng</c>; voices such as <c>en</c> and
/// <c>cmn</c>), converted once to an 8 kHz prompt. Null when espeak-ng is not installed or fails.
/// </summary>
public static class EspeakSpeech
{
    public static bool IsAvailable => Executable() is not null;

    public static AudioPrompt? TrySpeak(string text, string voice = "en")
    {
        if (Executable() is not { } espeak) return null;
        var file = Path.Combine(Path.GetTempPath(), $"callcenter-tts-{Guid.NewGuid():N}.wav");
        try
        {
            var info = new ProcessStartInfo(espeak) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in (string[])["-v", voice, "-s", "150", "-w", file, text]) info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            if (!process.WaitForExit(10_000) || process.ExitCode != 0) return null;
            var loaded = PromptLoader.Load(file);
            return loaded.Success ? loaded.Prompt : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Executable()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, "espeak-ng"))) return Path.Combine(dir, "espeak-ng");
        return null;
    }
}

using CallCenter.Activities.Prompts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Say;

/// <summary>
/// Synthesises the Say* vocabulary (cmn and en) in the background when the server starts, so the first
/// caller to hear a balance does not wait for espeak-ng. Registered by the Portal, not by tests.
/// A missing espeak-ng is logged, not fatal: prompts from the library still play.
/// </summary>
public sealed partial class SpeechWarmUp(SpeechComposer composer, ILogger<SpeechWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var voice in (string[])["cmn", "en"])
        {
            try
            {
                await composer.WarmUpAsync(voice, stoppingToken).ConfigureAwait(false);
                LogWarm(voice);
            }
            catch (SpeechSynthesisException ex)
            {
                LogFailed(ex, voice, ex.Message);
                return;
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Say* vocabulary for voice {Voice} is synthesised and cached")]
    private partial void LogWarm(string voice);

    [LoggerMessage(LogLevel.Warning, "Text to speech is not available for voice {Voice}: {Reason}")]
    private partial void LogFailed(Exception ex, string voice, string reason);
}

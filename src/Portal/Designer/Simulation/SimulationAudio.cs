using System.Collections.Concurrent;

namespace CallCenter.Portal.Designer.Simulation;

/// <summary>
/// The prompts simulated calls played, as WAV files, for the browser to fetch from
/// <c>GET /designer/simulations/{run}/audio/{index}</c> (administrators); a run's audio goes when the run is disposed.
/// At most <see cref="MaxPerRun"/> prompts are kept per run (a looping flow would grow it without end).
/// </summary>
public sealed class SimulationAudio
{
    public const int MaxPerRun = 200;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte[]>> _runs = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="wav"/> as the run's prompt <paramref name="index"/>; false when the run already has its maximum.</summary>
    public bool Put(string run, int index, byte[] wav)
    {
        var prompts = _runs.GetOrAdd(run, _ => new ConcurrentDictionary<int, byte[]>());
        if (prompts.Count >= MaxPerRun) return false;
        prompts[index] = wav;
        return true;
    }

    public byte[]? Find(string run, int index) =>
        _runs.TryGetValue(run, out var prompts) && prompts.TryGetValue(index, out var wav) ? wav : null;

    public void Forget(string run) => _runs.TryRemove(run, out _);

    /// <summary>Maps the audio endpoint.</summary>
    public static void Map(WebApplication app) =>
        app.MapGet("/designer/simulations/{run}/audio/{index:int}", (string run, int index, SimulationAudio audio) =>
                audio.Find(run, index) is { } wav ? Results.File(wav, "audio/wav") : Results.NotFound())
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = "Admin" });
}

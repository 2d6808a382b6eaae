using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Telephony;

/// <summary>
/// Reads and saves extensions' forwarding settings (columns of <c>extensions</c>). <see cref="Changed"/> tells caches (the
/// voice server's view) which extension to reload after a save.
/// </summary>
public sealed class ExtensionForwardingStore(IDbContextFactory<CallCenterDbContext> factory, ILogger<ExtensionForwardingStore> logger)
{
    /// <summary>Raised after an extension's settings were saved, with its number and the settings now stored.</summary>
    public event Action<string, ExtensionForwarding>? Changed;

    /// <summary>The settings of extension <paramref name="number"/>, or null when there is no such extension.</summary>
    public async Task<ExtensionForwarding?> GetAsync(string number, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var extension = await db.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == number, ct);
        return extension is null ? null : ExtensionForwarding.Of(extension);
    }

    /// <summary>The settings of every enabled extension that forwards, by number (what a cache loads at start).</summary>
    public async Task<Dictionary<string, ExtensionForwarding>> GetAllForwardingAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var all = await db.Extensions.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
        var result = new Dictionary<string, ExtensionForwarding>(StringComparer.Ordinal);
        foreach (var extension in all)
            if (ExtensionForwarding.Of(extension) is { IsEmpty: false } settings) result[extension.Number] = settings;
        return result;
    }

    /// <summary>Validates and replaces the settings of extension <paramref name="number"/>.</summary>
    public async Task<ExtensionForwardingSaveResult> SaveAsync(string number, ExtensionForwarding input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (settings, errors) = ExtensionForwardingRules.Validate(number, input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var extension = await db.Extensions.FirstOrDefaultAsync(e => e.Number == number, ct);
        if (extension is null)
            return new(SaveStatus.NotFound, null, FieldMessages.Of("number", UserMessage.Of($"There is no extension {number}.")));
        if (errors.Count > 0) return new(SaveStatus.Invalid, null, errors);
        extension.ForwardAlways = settings.Always;
        extension.ForwardBusy = settings.Busy;
        extension.ForwardNoAnswer = settings.NoAnswer;
        extension.NoAnswerSeconds = settings.NoAnswerSeconds;
        extension.FollowMe = [.. settings.FollowMe];
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Extension {Number} forwarding saved: always {Always}, busy {Busy}, no answer {NoAnswer} after {Seconds} s, follow-me {FollowMe}",
            number, settings.Always, settings.Busy, settings.NoAnswer, settings.NoAnswerSeconds, string.Join(", ", settings.FollowMe.Select(f => $"{f.Target}/{f.Seconds}s")));
        var saved = ExtensionForwarding.Of(extension);
        Changed?.Invoke(number, saved);
        return new(SaveStatus.Updated, saved, FieldMessages.None);
    }
}

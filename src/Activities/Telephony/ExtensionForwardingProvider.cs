using System.Collections.Concurrent;
using CallCenter.Domain.Telephony;
using CallCenter.Telephony.Sessions.Forwarding;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Telephony;

/// <summary>
/// The voice server's view of extensions' forwarding (<see cref="IExtensionForwarding"/>), answered from memory on every call:
/// <see cref="LoadAsync"/> reads every forwarding extension once at start, and each save through the
/// <see cref="ExtensionForwardingStore"/> replaces that extension's entry at once (its <see cref="ExtensionForwardingStore.Changed"/> event).
/// </summary>
public sealed class ExtensionForwardingProvider : IExtensionForwarding
{
    private readonly ConcurrentDictionary<string, ForwardingRules> _rules = new(StringComparer.Ordinal);
    private readonly ExtensionForwardingStore _store;
    private readonly ILogger _logger;

    public ExtensionForwardingProvider(ExtensionForwardingStore store, ILogger<ExtensionForwardingProvider> logger)
    {
        _store = store;
        _logger = logger;
        store.Changed += Apply;
    }

    public ForwardingRules? For(string extension) => _rules.GetValueOrDefault(extension);

    /// <summary>Reads the settings of every forwarding extension (replacing what was cached).</summary>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        var all = await _store.GetAllForwardingAsync(ct).ConfigureAwait(false);
        _rules.Clear();
        foreach (var (number, settings) in all) _rules[number] = ToRules(settings);
        _logger.LogInformation("Call forwarding loaded: {Count} extension(s) forward", _rules.Count);
    }

    /// <summary>Takes one extension's settings as saved (the store's <see cref="ExtensionForwardingStore.Changed"/>): the next call follows them.</summary>
    public void Apply(string number, ExtensionForwarding settings)
    {
        if (settings.IsEmpty) _rules.TryRemove(number, out _);
        else _rules[number] = ToRules(settings);
    }

    /// <summary>The settings as the voice server takes them (seconds → ring times).</summary>
    public static ForwardingRules ToRules(ExtensionForwarding settings) => new()
    {
        Always = settings.Always,
        Busy = settings.Busy,
        NoAnswer = settings.NoAnswer,
        NoAnswerTimeout = TimeSpan.FromSeconds(settings.NoAnswerSeconds),
        FollowMe = [.. settings.FollowMe.Select(f => new FollowMeStep(f.Target, TimeSpan.FromSeconds(f.Seconds)))],
    };
}

using System.Text.RegularExpressions;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Telephony;

/// <summary>
/// The extensions (SIP lines) as an admin manages them: list, create with a generated password, reset the password,
/// enable or disable. Passwords are generated here (<see cref="SipPasswordHasher.Generate"/>), returned once and stored
/// only as digest hashes; the registrar reads them per request, so a reset or a disable applies to the next REGISTER.
/// Forwarding is <see cref="ExtensionForwardingStore"/>'s.
/// </summary>
public sealed partial class ExtensionDirectory(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, ILogger<ExtensionDirectory> logger)
{
    /// <summary>Every extension by number.</summary>
    public async Task<List<Extension>> GetAllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Extensions.AsNoTracking().OrderBy(e => e.Number).ToListAsync(ct);
    }

    /// <summary>Creates an extension with a new random password in <paramref name="realm"/> (the registrar's); <see cref="SaveStatus.Conflict"/> when the number is taken.</summary>
    public async Task<ExtensionPasswordResult> CreateAsync(string number, string displayName, string realm, CancellationToken ct = default)
    {
        var key = (number ?? "").Trim();
        var name = (displayName ?? "").Trim();
        if (!NumberPattern().IsMatch(key)) return ExtensionPasswordResult.Fail(SaveStatus.Invalid, "number", "The extension number has 2–16 digits, e.g. 1006.");
        if (name.Length > 100) return ExtensionPasswordResult.Fail(SaveStatus.Invalid, "displayName", "The name may have at most 100 characters.");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Extensions.AnyAsync(e => e.Number == key, ct))
            return ExtensionPasswordResult.Fail(SaveStatus.Conflict, "number", $"Extension {key} already exists.");
        var password = SipPasswordHasher.Generate();
        var extension = new Extension { Number = key, DisplayName = name, CreatedAt = time.GetUtcNow().UtcDateTime };
        SipPasswordHasher.SetPassword(extension, realm, password);
        db.Extensions.Add(extension);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Creating extension {Number} conflicted with a concurrent change", key);
            return ExtensionPasswordResult.Fail(SaveStatus.Conflict, "number", $"Extension {key} already exists.");
        }
        logger.LogInformation("Extension {Number} created", key);
        return new(SaveStatus.Created, password, FieldMessages.None);
    }

    /// <summary>Gives the extension a new random password (same realm); the old one stops working at once.</summary>
    public async Task<ExtensionPasswordResult> ResetPasswordAsync(string number, CancellationToken ct = default)
    {
        var key = (number ?? "").Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        var extension = await db.Extensions.SingleOrDefaultAsync(e => e.Number == key, ct);
        if (extension is null) return ExtensionPasswordResult.Fail(SaveStatus.NotFound, "number", $"There is no extension {key}.");
        var password = SipPasswordHasher.Generate();
        SipPasswordHasher.SetPassword(extension, extension.Realm, password);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Extension {Number}: SIP password reset", key);
        return new(SaveStatus.Updated, password, FieldMessages.None);
    }

    /// <summary>Enables or disables the extension (a disabled one cannot register); false when unknown.</summary>
    public async Task<bool> SetEnabledAsync(string number, bool enabled, CancellationToken ct = default)
    {
        var key = (number ?? "").Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        var changed = await db.Extensions.Where(e => e.Number == key).ExecuteUpdateAsync(s => s.SetProperty(e => e.Enabled, enabled), ct);
        if (changed > 0) logger.LogInformation("Extension {Number} {State}", key, enabled ? "enabled" : "disabled");
        return changed > 0;
    }

    [GeneratedRegex("^[0-9]{2,16}$")]
    private static partial Regex NumberPattern();
}

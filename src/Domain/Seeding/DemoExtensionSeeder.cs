using CallCenter.Domain.Data;
using CallCenter.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Seeding;

/// <summary>Creates the demo extensions when the database has no extension at all (a fresh install); never touches existing ones.</summary>
public sealed class DemoExtensionSeeder(IDbContextFactory<CallCenterDbContext> factory, IOptions<DemoDataOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<SeededExtension>> SeedAsync(string realm, CancellationToken ct = default)
    {
        var settings = options.Value;
        if (!settings.Seed) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Extensions.AnyAsync(ct)) return [];
        var seeded = new List<SeededExtension>();
        foreach (var number in settings.ExtensionNumbers)
        {
            var password = settings.ExtensionPassword ?? SipPasswordHasher.Generate();
            var extension = new Extension { Number = number, DisplayName = $"Demo {number}", CreatedAt = time.GetUtcNow().UtcDateTime };
            SipPasswordHasher.SetPassword(extension, realm, password);
            db.Extensions.Add(extension);
            seeded.Add(new SeededExtension(number, password));
        }
        await db.SaveChangesAsync(ct);
        return seeded;
    }
}

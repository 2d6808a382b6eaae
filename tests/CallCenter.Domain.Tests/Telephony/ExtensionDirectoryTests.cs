using System.Security.Cryptography;
using System.Text;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Telephony;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Telephony;

/// <summary>Extensions as an admin manages them, on a real SQLite file: created with a password shown once, reset, disabled.</summary>
public sealed class ExtensionDirectoryTests : IAsyncLifetime
{
    private const string Realm = "callcenter";
    private DomainDatabase _db = null!;

    private ExtensionDirectory Directory => _db.Get<ExtensionDirectory>();

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync(s => s.AddSingleton<ExtensionDirectory>());

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_created_extension_stores_only_the_digest_of_the_password_it_returns_once()
    {
        var created = await Directory.CreateAsync("1006", "前台 Reception", Realm);

        Assert.Equal(SaveStatus.Created, created.Status);
        Assert.Equal(16, created.Password!.Length);
        var stored = await StoredAsync("1006");
        Assert.Equal(Ha1("1006", created.Password), stored.Ha1Md5);
        Assert.Equal(Realm, stored.Realm);
        Assert.True(stored.Enabled);
        Assert.DoesNotContain(created.Password, stored.Ha1Md5 + stored.Ha1Sha256 + stored.DisplayName);
    }

    [Fact]
    public async Task A_taken_or_malformed_number_is_refused_and_creates_nothing()
    {
        await Directory.CreateAsync("1006", "", Realm);

        var taken = await Directory.CreateAsync("1006", "again", Realm);
        var malformed = await Directory.CreateAsync("10a", "", Realm);

        Assert.Equal(SaveStatus.Conflict, taken.Status);
        Assert.Null(taken.Password);
        Assert.Equal(SaveStatus.Invalid, malformed.Status);
        Assert.True(malformed.Errors.ContainsKey("number"));
        Assert.Single(await Directory.GetAllAsync());
    }

    [Fact]
    public async Task A_reset_gives_a_new_password_and_the_old_digest_no_longer_matches()
    {
        var first = (await Directory.CreateAsync("1006", "", Realm)).Password!;

        var reset = await Directory.ResetPasswordAsync("1006");

        Assert.Equal(SaveStatus.Updated, reset.Status);
        Assert.NotEqual(first, reset.Password);
        var stored = await StoredAsync("1006");
        Assert.Equal(Ha1("1006", reset.Password!), stored.Ha1Md5);
        Assert.NotEqual(Ha1("1006", first), stored.Ha1Md5);
        Assert.Equal(SaveStatus.NotFound, (await Directory.ResetPasswordAsync("1999")).Status);
    }

    [Fact]
    public async Task Disabling_and_enabling_is_stored()
    {
        await Directory.CreateAsync("1006", "", Realm);

        Assert.True(await Directory.SetEnabledAsync("1006", false));
        Assert.False((await StoredAsync("1006")).Enabled);
        Assert.True(await Directory.SetEnabledAsync("1006", true));
        Assert.True((await StoredAsync("1006")).Enabled);
        Assert.False(await Directory.SetEnabledAsync("1999", false));
    }

    private async Task<Extension> StoredAsync(string number)
    {
        await using var context = await _db.ContextAsync();
        return await context.Extensions.AsNoTracking().SingleAsync(e => e.Number == number);
    }

    private static string Ha1(string number, string password) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{number}:{Realm}:{password}")));
}

using CallCenter.Activities.Telephony;
using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Extensions;
using CallCenter.Telephony.Sip.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.Telephony;

/// <summary>Demo extensions on a real SQLite file, checked by the registrar's digest verifier.</summary>
public sealed class ExtensionCredentialStoreTests : IAsyncLifetime
{
    private const string Realm = "callcenter";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-ext-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddWorkflowEngine()
            .AddCallCenterDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "cc.db")}" })
            .AddSingleton<ISipCredentialStore, ExtensionCredentialStore>()
            .BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    [Fact]
    public async Task A_fresh_database_gets_extensions_1001_to_1008_each_with_its_own_random_password()
    {
        var seeded = await _services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(Realm);

        Assert.Equal(["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"], seeded.Select(s => s.Number));
        Assert.All(seeded, s => Assert.Equal(16, s.Password.Length));
        Assert.Equal(8, seeded.Select(s => s.Password).Distinct().Count());
        Assert.Empty(await _services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(Realm));
    }

    [Fact]
    public async Task A_phone_registering_as_a_seeded_extension_with_its_password_is_accepted_and_a_stranger_is_not()
    {
        var seeded = await _services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(Realm);
        var store = _services.GetRequiredService<ISipCredentialStore>();
        var verifier = new DigestVerifier(new NonceService(TimeProvider.System, TimeSpan.FromMinutes(5)), Realm);
        var challenge = verifier.Challenge(DigestAlgorithm.Sha256);
        var nonce = challenge.Split("nonce=\"")[1].Split('"')[0];

        var right = Answer("1003", seeded[2].Password, nonce);
        Assert.Equal(DigestOutcome.Accepted, verifier.Verify(right, "REGISTER", await store.FindAsync("1003")));
        Assert.Equal(DigestOutcome.Rejected, verifier.Verify(Answer("1003", "wrong", nonce), "REGISTER", await store.FindAsync("1003")));
        Assert.Null(await store.FindAsync("4711"));
        Assert.Equal(DigestOutcome.Rejected, verifier.Verify(Answer("4711", "x", nonce), "REGISTER", await store.FindAsync("4711")));
    }

    [Fact]
    public async Task A_disabled_extension_is_refused_even_with_the_right_password()
    {
        var seeded = await _services.GetRequiredService<DemoExtensionSeeder>().SeedAsync(Realm);
        await using (var db = await _services.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContextAsync())
        {
            await db.Extensions.Where(e => e.Number == "1001").ExecuteUpdateAsync(s => s.SetProperty(e => e.Enabled, false));
        }
        var verifier = new DigestVerifier(new NonceService(TimeProvider.System, TimeSpan.FromMinutes(5)), Realm);
        var nonce = verifier.Challenge(DigestAlgorithm.Md5).Split("nonce=\"")[1].Split('"')[0];

        var credential = await _services.GetRequiredService<ISipCredentialStore>().FindAsync("1001");

        Assert.Equal(DigestOutcome.Rejected, verifier.Verify(Answer("1001", seeded[0].Password, nonce, DigestAlgorithm.Md5), "REGISTER", credential));
    }

    private static DigestCredentials Answer(string user, string password, string nonce, DigestAlgorithm algorithm = DigestAlgorithm.Sha256)
    {
        var c = new DigestCredentials(user, Realm, nonce, "sip:callcenter", "", algorithm, "auth", "00000001", "c0ffee");
        return c with { Response = DigestHash.Response(algorithm, DigestHash.Ha1(algorithm, user, Realm, password), "REGISTER", c) };
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

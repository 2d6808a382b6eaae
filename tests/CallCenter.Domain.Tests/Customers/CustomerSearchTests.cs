using CallCenter.Domain.Customers;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Customers;

/// <summary>Customer search on a real SQLite file: part of a Chinese or Latin name, part of a phone, a member number; pages.</summary>
public sealed class CustomerSearchTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;
    private CustomerSearch Search => ActivatorUtilities.CreateInstance<CustomerSearch>(_db.Services);

    public async Task InitializeAsync()
    {
        _db = await DomainDatabase.SqliteAsync();
        await using var context = await _db.ContextAsync();
        context.Customers.AddRange(
            new Customer { Name = "张伟", MemberNumber = "8800000001", PinHash = PinHasher.Hash("1234"), Phones = [new() { Number = "13800138000" }, new() { Number = "075512345678" }] },
            new Customer { Name = "张伟明", Phones = [new() { Number = "13900139000" }] },
            new Customer { Name = "李娜", MemberNumber = "8800000002", Phones = [new() { Number = "13600000000" }] },
            new Customer { Name = "Anna Smith", Phones = [new() { Number = "+4930123456" }] });
        await context.SaveChangesAsync();
    }

    [Theory]
    [InlineData("张伟", "张伟,张伟明")]
    [InlineData("伟明", "张伟明")]
    [InlineData("anna", "Anna Smith")]
    [InlineData("138-0013", "张伟")]
    [InlineData("5678", "张伟")]
    [InlineData("8800000002", "李娜")]
    [InlineData("880000000", "")]
    [InlineData("王", "")]
    [InlineData("张伟1", "")]
    [InlineData("13", "")]
    [InlineData("", "张伟,张伟明,李娜,Anna Smith")]
    public async Task A_query_matches_part_of_a_name_part_of_a_phone_or_a_whole_member_number(string q, string expected) =>
        Assert.Equal(expected, string.Join(",", (await Search.SearchAsync(q)).Select(c => c.Name)));

    [Fact]
    public async Task Results_come_one_page_at_a_time_with_their_phones()
    {
        var first = await Search.SearchAsync(null, limit: 2);
        var second = await Search.SearchAsync(null, limit: 2, offset: 2);
        Assert.Equal(["张伟", "张伟明"], first.Select(c => c.Name));
        Assert.Equal(["李娜", "Anna Smith"], second.Select(c => c.Name));
        Assert.Equal(["13800138000", "075512345678"], first[0].Phones.Select(p => p.Number));
    }

    [Fact]
    public async Task One_customer_is_found_by_id()
    {
        var li = (await Search.SearchAsync("李娜")).Single();
        Assert.Equal("8800000002", (await Search.FindAsync(li.Id))?.MemberNumber);
        Assert.Null(await Search.FindAsync(li.Id + 100));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}

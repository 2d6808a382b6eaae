using CallCenter.Domain.Customers;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Customers;

/// <summary>Customers on a real SQLite file: custom fields round-trip as JSON, lookups by caller and member number, PIN checks.</summary>
public sealed class CustomerDirectoryTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await DomainDatabase.SqliteAsync();
        await using var context = await _db.ContextAsync();
        context.Customers.Add(new Customer
        {
            Name = "张伟", IsVip = true, MemberNumber = "8800000001", PinHash = PinHasher.Hash("1234"), LastAgent = "1003",
            Phones = [new() { Number = "13800138000" }, new() { Number = "075512345678", Label = "work" }],
            CustomFields = new() { ["district"] = "福田区", ["card_type"] = "gold" },
        });
        context.Customers.Add(new Customer { Name = "No PIN", MemberNumber = "8800000009", Phones = [new() { Number = "13700000000" }] });
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task A_caller_number_written_with_spaces_and_dashes_finds_the_customer_with_fields_and_last_agent()
    {
        var customer = await _db.Get<CustomerDirectory>().FindByPhoneAsync("0755-1234 5678");
        Assert.NotNull(customer);
        Assert.Equal(("张伟", "1003", true), (customer.Name, customer.LastAgent, customer.IsVip));
        Assert.Equal("福田区", customer.CustomFields["district"]);
        Assert.Equal(2, customer.Phones.Count);
        Assert.Null(await _db.Get<CustomerDirectory>().FindByPhoneAsync("13900000000"));
    }

    [Fact]
    public async Task Custom_fields_changed_in_place_are_saved()
    {
        await using (var context = await _db.ContextAsync())
        {
            var customer = await context.Customers.SingleAsync(c => c.Name == "张伟");
            customer.CustomFields["district"] = "南山区";
            await context.SaveChangesAsync();
        }
        Assert.Equal("南山区", (await _db.Get<CustomerDirectory>().FindByPhoneAsync("13800138000"))!.CustomFields["district"]);
    }

    [Fact]
    public async Task A_PIN_verifies_only_for_its_member_and_a_member_without_PIN_never_verifies()
    {
        var directory = _db.Get<CustomerDirectory>();
        Assert.Equal("张伟", (await directory.VerifyPinAsync("8800000001", "1234"))?.Name);
        Assert.Null(await directory.VerifyPinAsync("8800000001", "4321"));
        Assert.Null(await directory.VerifyPinAsync("8800000002", "1234"));
        Assert.Null(await directory.VerifyPinAsync("8800000009", ""));
        Assert.Null(await directory.VerifyPinAsync("8800000009", "1234"));
    }

    [Fact]
    public async Task Member_numbers_are_unique()
    {
        await using var context = await _db.ContextAsync();
        context.Customers.Add(new Customer { Name = "dup", MemberNumber = "8800000001" });
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}

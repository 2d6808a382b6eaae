using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Customers;

/// <summary>Finds customers by caller number or member number and checks member PINs.</summary>
public sealed class CustomerDirectory(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers)
{
    /// <summary>The customer owning <paramref name="callerNumber"/> (normalised first), with their phones; null when unknown.</summary>
    public async Task<Customer?> FindByPhoneAsync(string callerNumber, CancellationToken ct = default)
    {
        var number = numbers.Normalize(callerNumber);
        if (number.Length == 0) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Include(c => c.Phones)
            .Where(c => c.Phones.Any(p => p.Number == number))
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<Customer?> FindByMemberNumberAsync(string memberNumber, CancellationToken ct = default)
    {
        var member = memberNumber.Trim();
        if (member.Length == 0) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Include(c => c.Phones).FirstOrDefaultAsync(c => c.MemberNumber == member, ct);
    }

    /// <summary>The customer when the member exists and the PIN matches; null otherwise (an unknown member costs the same hash work).</summary>
    public async Task<Customer?> VerifyPinAsync(string memberNumber, string pin, CancellationToken ct = default)
    {
        var customer = await FindByMemberNumberAsync(memberNumber, ct);
        // Hash even when the member is unknown so timing does not tell callers which member numbers exist.
        var ok = PinHasher.Verify(pin, customer?.PinHash ?? UnknownMemberHash);
        return ok && customer?.PinHash is not null ? customer : null;
    }

    private static readonly string UnknownMemberHash = PinHasher.Hash(Guid.NewGuid().ToString("N"));
}

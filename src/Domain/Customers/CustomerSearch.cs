using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Customers;

/// <summary>
/// Finds customers for the agent desk and the admin list: <c>q</c> matches part of the name (Chinese or Latin, Latin
/// ignoring case), part of a phone number (as normalised: "+86 138-0013" finds 13800138000) or a member number
/// exactly. Results in id order, one page at a time; a blank query lists everyone.
/// </summary>
public sealed class CustomerSearch(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <param name="limit">Page size, 1 to <see cref="MaxLimit"/> (larger values are capped).</param>
    /// <param name="offset">Customers to skip (the page's start).</param>
    public async Task<List<Customer>> SearchAsync(string? q, int limit = DefaultLimit, int offset = 0, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Customers.AsNoTracking();
        var text = q?.Trim() ?? "";
        if (text.Length > 0)
        {
            var lower = text.ToLowerInvariant();
            var phone = numbers.Normalize(text);
            // A query without digits must not match every phone through an empty normalised number.
            var anyDigit = phone.Any(char.IsAsciiDigit);
            query = query.Where(c => c.Name.ToLower().Contains(lower)
                || c.MemberNumber == text
                || (anyDigit && c.Phones.Any(p => p.Number.Contains(phone))));
        }
        return await query.Include(c => c.Phones.OrderBy(p => p.Id)).AsSplitQuery()
            .OrderBy(c => c.Id).Skip(offset).Take(Math.Min(limit, MaxLimit)).ToListAsync(ct);
    }

    public async Task<Customer?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Include(c => c.Phones.OrderBy(p => p.Id)).SingleOrDefaultAsync(c => c.Id == id, ct);
    }
}

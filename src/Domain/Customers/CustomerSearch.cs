using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Customers;

/// <summary>
/// Finds customers for the agent desk and the admin list: <c>q</c> matches part of the name (Chinese or Latin, Latin
/// ignoring case), part of a phone number when the query is written like one (at least 3 digits, only digits, spaces,
/// +, - and brackets; compared as normalised: "138-0013" finds 13800138000) or a member number exactly. Results in id order, one page at a time; a blank query lists everyone.
/// </summary>
public sealed class CustomerSearch(IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    /// <summary>The fewest digits a phone search takes (fewer would match nearly every number).</summary>
    public const int MinPhoneDigits = 3;

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
            // Only a query written like a phone number searches phones: "娜娜1" must not match every phone with a 1 in it.
            var phone = IsPhoneLike(text) ? numbers.Normalize(text) : "";
            var byPhone = phone.Length >= MinPhoneDigits;
            query = query.Where(c => c.Name.ToLower().Contains(lower)
                || c.MemberNumber == text
                || (byPhone && c.Phones.Any(p => p.Number.Contains(phone))));
        }
        return await query.Include(c => c.Phones.OrderBy(p => p.Id)).AsSplitQuery()
            .OrderBy(c => c.Id).Skip(offset).Take(Math.Min(limit, MaxLimit)).ToListAsync(ct);
    }

    private static bool IsPhoneLike(string text) =>
        text.All(ch => char.IsAsciiDigit(ch) || ch is '+' or '-' or ' ' or '(' or ')') && text.Count(char.IsAsciiDigit) >= MinPhoneDigits;

    public async Task<Customer?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Include(c => c.Phones.OrderBy(p => p.Id)).SingleOrDefaultAsync(c => c.Id == id, ct);
    }
}

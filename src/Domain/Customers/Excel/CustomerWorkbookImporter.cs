using CallCenter.Domain.Data;
using CallCenter.Domain.Numbers;
using CallCenter.Domain.Texts;
using CallCenter.Engine.Options;
using CallCenter.Engine.Persistence.EntityFramework;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// Imports a customer workbook (the format <see cref="CustomerWorkbookExporter"/> writes) all or nothing: every row is
/// checked first (<see cref="CustomerSheetReader"/>), then matched against the stored customers — a row whose member
/// number or one of whose phones belongs to a customer updates that customer, any other row inserts one. A row matching
/// two different customers, or two rows matching the same customer, is refused. Any refusal imports nothing; otherwise
/// every row is written in one transaction. Dates are read in the center's time zone (<c>Engine:TimeZone</c>).
/// </summary>
public sealed class CustomerWorkbookImporter(
    IDbContextFactory<CallCenterDbContext> factory, NumberNormalizer numbers, IOptions<EngineOptions> engine, TimeProvider time, WriteGate? gate = null)
{
    // Lookups go to the database in slices so no provider meets its parameter limit.
    private const int LookupSlice = 500;

    public async Task<CustomerImportResult> ImportAsync(Stream workbook, CancellationToken ct = default)
    {
        var content = await ReadAsync(workbook, ct);
        if (content.FileError is not null) return CustomerImportResult.BadFile(content.FileError);
        using var _ = await (gate ?? WriteGate.Open).EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await LoadMatchesAsync(db, content.Rows, ct);
        var errors = content.Errors.ToList();
        var targets = Match(content.Rows, existing, errors);
        if (errors.Count > 0)
            return CustomerImportResult.Refused(errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList());
        var now = time.GetUtcNow().UtcDateTime;
        int imported = 0, updated = 0;
        foreach (var row in content.Rows)
        {
            if (targets.TryGetValue(row.RowNumber, out var customer))
            {
                Apply(row, customer);
                updated++;
            }
            else
            {
                var inserted = new Customer { CreatedAt = row.CreatedAt ?? now };
                Apply(row, inserted);
                db.Customers.Add(inserted);
                imported++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CustomerImportResult.Done(imported, updated);
    }

    private async Task<CustomerSheetContent> ReadAsync(Stream workbook, CancellationToken ct)
    {
        // ClosedXML reads synchronously and needs a seekable stream: buffer the upload first.
        using var buffer = new MemoryStream();
        await workbook.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return CustomerSheetContent.BadFile("The file is empty: upload an Excel workbook (.xlsx).");
        buffer.Position = 0;
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return CustomerSheetContent.BadFile(UserMessage.Of($"The file is not an Excel workbook (.xlsx): {e.Message}"));
        }
        using (book)
            return new CustomerSheetReader(numbers, engine.Value.ResolveTimeZone()).Read(book);
    }

    private static async Task<List<Customer>> LoadMatchesAsync(CallCenterDbContext db, IReadOnlyList<CustomerSheetRow> rows, CancellationToken ct)
    {
        var found = new Dictionary<int, Customer>();
        var members = rows.Where(r => r.MemberNumber is not null).Select(r => r.MemberNumber!).ToList();
        foreach (var slice in members.Chunk(LookupSlice))
        {
            foreach (var c in await db.Customers.Include(c => c.Phones).Where(c => slice.Contains(c.MemberNumber!)).ToListAsync(ct))
                found.TryAdd(c.Id, c);
        }
        foreach (var slice in rows.SelectMany(r => r.Phones).Chunk(LookupSlice))
        {
            foreach (var c in await db.Customers.Include(c => c.Phones).Where(c => c.Phones.Any(p => slice.Contains(p.Number))).ToListAsync(ct))
                found.TryAdd(c.Id, c);
        }
        return found.Values.ToList();
    }

    // Row number → the stored customer it updates; refusals go to errors.
    private static Dictionary<int, Customer> Match(IReadOnlyList<CustomerSheetRow> rows, List<Customer> existing, List<CustomerImportError> errors)
    {
        var byMember = existing.Where(c => c.MemberNumber is not null).ToDictionary(c => c.MemberNumber!, StringComparer.Ordinal);
        var byPhone = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var c in existing.OrderBy(c => c.Id))
            foreach (var p in c.Phones) byPhone.TryAdd(p.Number, c);
        var targets = new Dictionary<int, Customer>();
        var claimedBy = new Dictionary<int, int>();
        var memberColumn = CustomerSheetHeaders.KeyOf(CustomerColumn.MemberNumber);
        var phonesColumn = CustomerSheetHeaders.KeyOf(CustomerColumn.Phones);
        foreach (var row in rows)
        {
            var matches = new List<(Customer Customer, string Column, UserMessage Why)>();
            if (row.MemberNumber is { } member && byMember.TryGetValue(member, out var byNumber))
                matches.Add((byNumber, memberColumn, UserMessage.Of($"member number {member}")));
            foreach (var phone in row.Phones)
            {
                if (byPhone.TryGetValue(phone, out var owner)) matches.Add((owner, phonesColumn, UserMessage.Of($"phone {phone}")));
            }
            var distinct = matches.DistinctBy(m => m.Customer.Id).ToList();
            if (distinct.Count > 1)
            {
                var what = distinct.Select(m => UserMessage.Of($"{m.Why} belongs to customer {m.Customer.Id} ({m.Customer.Name})")).ToList();
                errors.Add(new(row.RowNumber, distinct[1].Column, $"the row matches two different customers: {what}"));
                continue;
            }
            if (distinct.Count == 0) continue;
            var target = distinct[0].Customer;
            if (claimedBy.TryGetValue(target.Id, out var firstRow))
            {
                errors.Add(new(row.RowNumber, distinct[0].Column, $"{distinct[0].Why} belongs to customer {target.Id}, whom row {firstRow} already updates"));
                continue;
            }
            claimedBy[target.Id] = row.RowNumber;
            targets[row.RowNumber] = target;
        }
        return targets;
    }

    private static void Apply(CustomerSheetRow row, Customer customer)
    {
        customer.Name = row.Name;
        customer.IsVip = row.IsVip;
        if (row.MemberNumber is not null) customer.MemberNumber = row.MemberNumber;
        if (row.LastContactAt is not null) customer.LastContactAt = row.LastContactAt;
        // Phones that stay keep their row (and label); the others go, new ones come.
        customer.Phones.RemoveAll(p => !row.Phones.Contains(p.Number));
        foreach (var phone in row.Phones.Where(n => customer.Phones.All(p => p.Number != n)))
            customer.Phones.Add(new CustomerPhone { Number = phone });
        var fields = new Dictionary<string, string>(customer.CustomFields, StringComparer.Ordinal);
        foreach (var (key, value) in row.Fields)
        {
            if (value is null) fields.Remove(key);
            else fields[key] = value;
        }
        customer.CustomFields = fields;
    }
}

using System.Diagnostics;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Customers.Excel;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCenter.Domain.Tests.Customers.Excel;

/// <summary>
/// Customer workbooks on each provider: 1,000 customers survive export → import into a fresh database; a workbook with
/// bad rows is refused whole with every row and column named; member numbers and phones update the customers they
/// belong to; a file that is not a workbook changes nothing.
/// </summary>
public abstract class CustomerWorkbookScenarios(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTime Now = DomainDatabase.DefaultNow.UtcDateTime;
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure);

    public async Task InitializeAsync() => _db = await NewDatabaseAsync();

    private Task<DomainDatabase> NewDatabaseAsync() =>
        CreateDatabaseAsync(s => s.Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai"));

    private static CustomerWorkbookExporter Exporter(DomainDatabase db) => ActivatorUtilities.CreateInstance<CustomerWorkbookExporter>(db.Services);
    private static CustomerWorkbookImporter Importer(DomainDatabase db) => ActivatorUtilities.CreateInstance<CustomerWorkbookImporter>(db.Services);

    private async Task SeedAsync(IEnumerable<Customer> customers)
    {
        await using var context = await _db.ContextAsync();
        context.Customers.AddRange(customers);
        await context.SaveChangesAsync();
    }

    private static async Task<List<string>> SnapshotsAsync(DomainDatabase db)
    {
        await using var context = await db.ContextAsync();
        var customers = await context.Customers.AsNoTracking().Include(c => c.Phones).OrderBy(c => c.Id).ToListAsync();
        return customers.Select(CustomerTestData.Snapshot).ToList();
    }

    private async Task<MemoryStream> ExportAsync()
    {
        var stream = new MemoryStream();
        await Exporter(_db).WriteAsync(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task A_thousand_customers_with_Chinese_names_and_custom_fields_survive_export_and_import_into_a_fresh_database()
    {
        await SeedAsync(CustomerTestData.Many(1000, Now));
        var watch = Stopwatch.StartNew();
        using var workbook = await ExportAsync();
        var exported = watch.Elapsed;
        await using var fresh = await NewDatabaseAsync();
        var result = await Importer(fresh).ImportAsync(workbook);
        output.WriteLine($"1,000 customers: export {exported.TotalMilliseconds:F0} ms, import {(watch.Elapsed - exported).TotalMilliseconds:F0} ms, workbook {workbook.Length / 1024} KiB");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Take(5)) + result.FileError);
        Assert.Equal((1000, 0), (result.Imported, result.Updated));
        Assert.Equal(await SnapshotsAsync(_db), await SnapshotsAsync(fresh));
        await using var context = await fresh.ContextAsync();
        Assert.Equal(0, await context.Customers.CountAsync(c => c.PinHash != null));
    }

    [Fact]
    public async Task The_export_has_a_frozen_bilingual_header_text_numbers_local_Excel_dates_and_no_PIN_hashes()
    {
        var customers = CustomerTestData.Many(30, Now);
        await SeedAsync(customers);
        using var stream = await ExportAsync();
        using var book = new XLWorkbook(stream);
        var sheet = book.Worksheet(1);

        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(["姓名 (name)", "电话 (phones)", "VIP (vip)", "会员号 (member_number)", "最近联系 (last_contact)", "创建时间 (created)", "区县", "卡类型", "备注", "工号"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        var first = sheet.Row(2);
        Assert.Equal("王伟0000", first.Cell(1).GetString());
        Assert.Equal((XLDataType.Text, "13900000000, 075500000000"), (first.Cell(2).DataType, first.Cell(2).GetString()));
        Assert.Equal("是", first.Cell(3).GetString());
        Assert.Equal((XLDataType.Text, "8800000000"), (first.Cell(4).DataType, first.Cell(4).GetString()));
        // Stored in UTC, shown in the center's zone (Asia/Shanghai, +8).
        Assert.Equal(XLDataType.DateTime, first.Cell(6).DataType);
        Assert.Equal(customers[0].CreatedAt.AddHours(8), first.Cell(6).GetDateTime());
        Assert.Equal(CustomerWorkbookExporter.DateFormat, first.Cell(6).Style.DateFormat.Format);
        var landlineOnly = sheet.Row(2 + 5);
        Assert.Equal((XLDataType.Text, "01000000005", "005"), (landlineOnly.Cell(2).DataType, landlineOnly.Cell(2).GetString(), landlineOnly.Cell(10).GetString()));
        Assert.Equal(31, sheet.LastRowUsed().RowNumber());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("pbkdf2", StringComparison.Ordinal));
        // Widths from the text, a Chinese character counting two: 区县 holds 朝阳区 (6) + margin 3; VIP (vip) is 9 + 3.
        Assert.Equal((12, 9), (sheet.Column(3).Width, sheet.Column(7).Width));
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_is_refused_whole_naming_each_row_and_column_and_the_database_is_unchanged()
    {
        await SeedAsync(CustomerTestData.Many(1000, Now));
        var before = await SnapshotsAsync(_db);
        using var exported = await ExportAsync();
        using var edited = new MemoryStream();
        using (var book = new XLWorkbook(exported))
        {
            var sheet = book.Worksheet(1);
            sheet.Cell(2, 1).SetValue("改了名字"); // a good update that must not be applied either
            sheet.Cell(517, 1).Clear(XLClearOptions.Contents);
            sheet.Cell(800, 2).SetValue("138-ABC-0000");
            sheet.Cell(900, 3).SetValue("maybe");
            sheet.Cell(950, 2).SetValue("13512345678"); // one phone for two customers
            sheet.Cell(951, 2).SetValue("13512345678");
            book.SaveAs(edited);
        }
        edited.Position = 0;

        var result = await Importer(_db).ImportAsync(edited);

        Assert.False(result.Succeeded);
        Assert.Equal((0, 0), (result.Imported, result.Updated));
        Assert.Equal([(517, "name"), (800, "phones"), (900, "vip"), (951, "phones")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("138-ABC-0000", result.Errors[1].Message);
        Assert.Contains("row 950", result.Errors[3].Message);
        Assert.Equal(before, await SnapshotsAsync(_db));
    }

    [Fact]
    public async Task Rows_update_the_customer_owning_their_member_number_or_phone_and_insert_the_others()
    {
        await SeedAsync(
        [
            new Customer
            {
                Name = "张伟", MemberNumber = "8800000001", PinHash = PinHasher.Hash("1234"), LastAgent = "1003", CreatedAt = Now.AddYears(-1),
                Phones = [new() { Number = "13800138000", Label = "mobile" }, new() { Number = "075512345678", Label = "work" }],
                CustomFields = new() { ["district"] = "福田区", ["区县"] = "南山区" },
            },
            new Customer { Name = "李娜", Phones = [new() { Number = "13600000000" }], CreatedAt = Now.AddYears(-2) },
        ]);
        var contact = new DateTime(2026, 11, 20, 9, 30, 0);
        using var workbook = CustomerTestData.Workbook(["name", "phones", "vip", "member_number", "last_contact", "区县"],
            ["张伟（新）", "075512345678, +86 139-0013-9000", "是", "8800000001", contact, "朝阳区"],
            ["李娜", 13600000000L, "no", null, null, null],
            ["王芳", 13700137000L, true, 8800000002L, null, "海淀区"]);

        var result = await Importer(_db).ImportAsync(workbook);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((1, 2), (result.Imported, result.Updated));
        await using var context = await _db.ContextAsync();
        var zhang = await context.Customers.Include(c => c.Phones).SingleAsync(c => c.MemberNumber == "8800000001");
        Assert.Equal(("张伟（新）", true, "1003", Now.AddYears(-1)), (zhang.Name, zhang.IsVip, zhang.LastAgent, zhang.CreatedAt));
        Assert.True(PinHasher.Verify("1234", zhang.PinHash));
        Assert.Equal(["075512345678:work", "13900139000:"], zhang.Phones.Select(p => $"{p.Number}:{p.Label}").Order(StringComparer.Ordinal));
        Assert.Equal(("福田区", "朝阳区"), (zhang.CustomFields["district"], zhang.CustomFields["区县"]));
        Assert.Equal(contact.AddHours(-8), zhang.LastContactAt); // typed in Shanghai time
        var li = await context.Customers.Include(c => c.Phones).SingleAsync(c => c.Name == "李娜");
        Assert.Equal((false, Now.AddYears(-2)), (li.IsVip, li.CreatedAt));
        var wang = await context.Customers.Include(c => c.Phones).SingleAsync(c => c.Name == "王芳");
        Assert.Equal(("8800000002", true, "13700137000", Now), (wang.MemberNumber, wang.IsVip, wang.Phones.Single().Number, wang.CreatedAt));
        Assert.Equal(3, await context.Customers.CountAsync());
    }

    [Fact]
    public async Task A_row_matching_two_customers_or_a_customer_another_row_updates_is_refused()
    {
        await SeedAsync(
        [
            new Customer { Name = "张伟", MemberNumber = "8800000001", Phones = [new() { Number = "13800138000" }] },
            new Customer { Name = "李娜", MemberNumber = "8800000002", Phones = [new() { Number = "13600000000" }] },
            new Customer { Name = "王芳", MemberNumber = "8800000003", Phones = [new() { Number = "13700000000" }] },
        ]);
        var before = await SnapshotsAsync(_db);
        using var workbook = CustomerTestData.Workbook(["name", "phones", "member_number"],
            ["张伟", "13800138000", "8800000003"], // Zhang's phone with Wang's member number
            ["李娜", "13600000000", null], // updates Li (by phone)
            ["李娜二", "13500000000", "8800000002"], // Li again (by member number)
            ["赵六", "13300000000", "8800000009"],
            ["钱七", "13200000000", "8800000009"]); // the same member number twice in the file

        var result = await Importer(_db).ImportAsync(workbook);

        Assert.Equal([(2, "phones"), (4, "member_number"), (6, "member_number")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("two different customers", result.Errors[0].Message);
        Assert.Contains("row 3", result.Errors[1].Message);
        Assert.Contains("row 5", result.Errors[2].Message);
        Assert.Equal(before, await SnapshotsAsync(_db));
    }

    [Theory]
    [InlineData("text", "The file is not an Excel workbook")]
    [InlineData("zip", "The file is not an Excel workbook")]
    [InlineData("empty", "The file is empty")]
    [InlineData("blank-sheet", "The workbook is empty")]
    [InlineData("header-only", "no customer rows")]
    public async Task A_file_that_is_not_a_customer_workbook_is_refused_with_a_clear_message_and_changes_nothing(string kind, string message)
    {
        await SeedAsync(CustomerTestData.Many(3, Now));
        var before = await SnapshotsAsync(_db);
        using var file = kind switch
        {
            "text" => new MemoryStream("name,phones\n张伟,13800138000\n"u8.ToArray()),
            "zip" => new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
            "empty" => new MemoryStream(),
            "blank-sheet" => CustomerTestData.Workbook([]),
            _ => CustomerTestData.Workbook(["name", "phones"]),
        };

        var result = await Importer(_db).ImportAsync(file);

        Assert.Contains(message, result.FileError?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.Equal(before, await SnapshotsAsync(_db));
    }

    [Fact]
    public async Task A_header_without_a_name_or_phones_column_is_refused_on_row_1()
    {
        using var workbook = CustomerTestData.Workbook(["姓名", "mobile"], ["张伟", "13800138000"]);
        var result = await Importer(_db).ImportAsync(workbook);
        Assert.Equal([(1, "phones")], result.Errors.Select(e => (e.Row, e.Column)));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}

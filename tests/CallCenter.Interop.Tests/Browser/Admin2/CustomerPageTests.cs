using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The customers page in a real browser: an administrator imports a workbook and finds the customers in it; a bad workbook is refused row by row.</summary>
public sealed class CustomerPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-customers-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-customers-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() =>
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}");

    [Fact]
    public async Task An_imported_workbook_shows_its_counts_and_its_Chinese_names_are_found_by_search()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/customers");
        var workbook = Workbook(
            ["姓名 (name)", "电话 (phones)", "VIP (vip)", "会员号 (member_number)", "区县"],
            ["欧阳娜娜", "13911112222", "是", "M-9001", "福田区"],
            ["司马光明", "13911113333; 075588889999", "否", "M-9002", "南山区"]);

        await PortalPages.ChooseFilesAsync(page, "#customer-import", new FilePayload { Name = "客户.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });

        var counts = page.Locator("#import-counts");
        await counts.WaitForAsync();
        Assert.Equal("2", await counts.GetAttributeAsync("data-imported"));
        Assert.Contains("新增 2 位客户", await counts.InnerTextAsync());

        await page.Locator("#customer-search").FillAsync("欧阳");
        await page.Locator("#customer-search-go").ClickAsync();
        await page.Locator("#customer-count[data-count='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var row = page.Locator(".customer-name");
        Assert.Equal("欧阳娜娜", await row.InnerTextAsync());
        await row.ClickAsync();
        var detail = page.Locator("#customer-detail");
        await detail.GetByText("福田区").WaitForAsync();
        Assert.Contains("13911112222", await detail.InnerTextAsync());

        // What landed: the API finds both customers by phone with their fields.
        using var http = _portal.CreateClient();
        var found = await http.GetFromJsonAsync<JsonElement>("/api/v1/customers?q=13911113333");
        var customer = Assert.Single(found.EnumerateArray());
        Assert.Equal("司马光明", customer.GetProperty("name").GetString());

        // The export button downloads the workbook with the signed-in user's cookie, the imported names in it.
        var export = await page.Context.APIRequest.GetAsync((await page.Locator("#customer-export").GetAttributeAsync("href"))!);
        Assert.Equal(200, export.Status);
        using var exported = new XLWorkbook(new MemoryStream(await export.BodyAsync()));
        Assert.Contains("欧阳娜娜", exported.Worksheet(1).Column(1).CellsUsed().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_lists_each_row_and_imports_nothing()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/customers");
        var workbook = Workbook(
            ["姓名 (name)", "电话 (phones)", "VIP (vip)"],
            ["诸葛亮亮", "13922224444", "是"],
            ["", "13922225555", "否"],
            ["黄月英", "13922226666", "也许"]);

        await PortalPages.ChooseFilesAsync(page, "#customer-import", new FilePayload { Name = "bad.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });

        await page.Locator("#import-errors").WaitForAsync();
        Assert.Equal(1, await page.Locator("#import-errors tr[data-row='3']").CountAsync());
        Assert.Equal(1, await page.Locator("#import-errors tr[data-row='4']").CountAsync());
        Assert.Equal(0, await page.Locator("#import-errors tr[data-row='2']").CountAsync());
        Assert.Contains("也许", await page.Locator("#import-errors tr[data-row='4']").InnerTextAsync());
        Assert.Contains("不是有效的 VIP 值", await page.Locator("#import-errors tr[data-row='4']").InnerTextAsync()); // in the admin's language
        Assert.Contains("姓名必填", await page.Locator("#import-errors tr[data-row='3']").InnerTextAsync());

        using var http = _portal.CreateClient();
        var found = await http.GetFromJsonAsync<JsonElement>("/api/v1/customers?q=13922224444");
        Assert.Empty(found.EnumerateArray());
    }

    private static byte[] Workbook(string[] header, params string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("客户");
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

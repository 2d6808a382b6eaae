using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CallCenter.Domain.Customers.Excel;
using CallCenter.Domain.Seeding;
using ClosedXML.Excel;

namespace CallCenter.Portal.Tests.Api;

/// <summary>
/// The customer API on the real portal process (with its three demo customers): a workbook upload inserts and updates,
/// search finds the Chinese names, the export downloads as a workbook holding every row; a bad upload is refused with
/// its row numbers and changes nothing.
/// </summary>
public sealed class CustomerApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-portal-customers-").FullName;

    [Fact]
    public async Task An_uploaded_workbook_is_searchable_by_Chinese_name_and_phone_and_comes_back_in_the_export()
    {
        await using var portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));
        using var http = portal.CreateClient();
        // 40 new customers, and the demo VIP 张伟 renamed through his member number.
        var rows = Enumerable.Range(0, 40).Select(i => new object?[] { $"欧阳娜娜{i:D2}", $"1371234{i:D4}", i % 2 == 0 ? "是" : "否", $"77{i:D8}", "朝阳区" })
            .Append(["张伟（已改名）", DemoIvrData.VipCaller, "是", DemoIvrData.Card1, "福田区"]).ToArray();

        using var upload = await PostAsync(http, Workbook(["姓名 (name)", "电话 (phones)", "VIP (vip)", "会员号 (member_number)", "区县"], rows));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        using (var counts = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()))
            Assert.Equal((40, 1), (counts.RootElement.GetProperty("imported").GetInt32(), counts.RootElement.GetProperty("updated").GetInt32()));

        var byName = await GetArrayAsync(http, "/api/v1/customers?q=" + Uri.EscapeDataString("娜娜1") + "&limit=5");
        Assert.Equal(["欧阳娜娜10", "欧阳娜娜11", "欧阳娜娜12", "欧阳娜娜13", "欧阳娜娜14"], byName.Select(c => c.GetProperty("name").GetString()));
        var hit = byName[0];
        Assert.Equal(("13712340010", true, "7700000010", "朝阳区", false),
            (hit.GetProperty("phones")[0].GetProperty("number").GetString(), hit.GetProperty("isVip").GetBoolean(),
                hit.GetProperty("memberNumber").GetString(), hit.GetProperty("customFields").GetProperty("区县").GetString(), hit.GetProperty("hasPin").GetBoolean()));
        var zhang = Assert.Single(await GetArrayAsync(http, "/api/v1/customers?q=" + DemoIvrData.VipCaller));
        Assert.Equal(("张伟（已改名）", true), (zhang.GetProperty("name").GetString(), zhang.GetProperty("hasPin").GetBoolean()));
        Assert.DoesNotContain("pbkdf2", zhang.GetRawText(), StringComparison.Ordinal);
        using (var one = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/customers/{hit.GetProperty("id").GetInt32()}")))
            Assert.Equal("欧阳娜娜10", one.RootElement.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/customers/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/customers?limit=0")).StatusCode);

        using var export = await http.GetAsync("/api/v1/customers/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^customers-20\d{6}\.xlsx$", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName);
        using var book = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet(1);
        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(CustomerSheetHeaders.HeaderOf(CustomerColumn.Name), header[0]);
        Assert.Contains("区县", header);
        var names = sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(43, names.Count); // the three demo customers and the forty uploaded
        Assert.Contains("欧阳娜娜39", names);
        Assert.Contains("张伟（已改名）", names);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "欧阳娜娜07");
        Assert.Equal(("13712340007", "否", "7700000007", "朝阳区"),
            (row.Cell(2).GetString(), row.Cell(3).GetString(), row.Cell(4).GetString(), row.Cell(header.IndexOf("区县") + 1).GetString()));
    }

    [Fact]
    public async Task A_bad_upload_gets_422_with_its_row_numbers_and_not_a_workbook_gets_400_and_nothing_changes()
    {
        await using var portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));
        using var http = portal.CreateClient();
        var rows = Enumerable.Range(0, 10).Select(i => new object?[] { $"客户{i}", $"1381234{i:D4}" }).ToArray();
        rows[2] = [null, "13812340002"]; // Excel row 4: no name
        rows[5] = ["客户5", "电话号码"]; // Excel row 7: not a phone

        using var refused = await PostAsync(http, Workbook(["name", "phones"], rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        using (var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal("InvalidRows", body.RootElement.GetProperty("error").GetString());
            Assert.Equal(["4:name", "7:phones"], body.RootElement.GetProperty("rows").EnumerateArray()
                .Select(r => $"{r.GetProperty("row").GetInt32()}:{r.GetProperty("column").GetString()}"));
        }
        using (var notAWorkbook = await PostAsync(http, "name,phones\n客户,13800000000\n"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notAWorkbook.StatusCode);
            using var body = JsonDocument.Parse(await notAWorkbook.Content.ReadAsStringAsync());
            Assert.Equal("NotAWorkbook", body.RootElement.GetProperty("error").GetString());
        }
        using (var noFile = await http.PostAsync("/api/v1/customers/import", new MultipartFormDataContent()))
            Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(3, (await GetArrayAsync(http, "/api/v1/customers")).Count); // the demo customers only
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(CallCenter.Portal.Api.CustomerEndpoints.XlsxContentType);
        form.Add(content, "file", "customers.xlsx");
        return await http.PostAsync("/api/v1/customers/import", form);
    }

    private static async Task<List<JsonElement>> GetArrayAsync(HttpClient http, string url)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(url));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static byte[] Workbook(string[] header, object?[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("客户");
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not string text) continue;
                sheet.Cell(r + 2, c + 1).SetValue(text);
                sheet.Cell(r + 2, c + 1).DataType = XLDataType.Text;
            }
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

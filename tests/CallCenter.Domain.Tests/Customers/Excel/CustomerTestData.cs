using CallCenter.Domain.Customers;
using ClosedXML.Excel;

namespace CallCenter.Domain.Tests.Customers.Excel;

/// <summary>Customers and hand-made workbooks for the import/export tests.</summary>
internal static class CustomerTestData
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳", "司马"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"];
    // One hash for all: PBKDF2 at 100,000 iterations per customer would make seeding the slow part of every test.
    private static readonly string PinHash = PinHasher.Hash("1234");
    private static readonly string[] Districts = ["朝阳区", "海淀区", "东城区", "西城区", "丰台区"];

    /// <summary>
    /// <paramref name="count"/> customers with Chinese names, one or two phones (some landlines with a leading 0),
    /// custom fields (区县 for everyone; 卡类型, a note with a comma, a staff number with leading zeros for some), member numbers and PINs for most,
    /// every seventh a VIP, last contacts for half. Times are whole seconds in UTC.
    /// </summary>
    public static List<Customer> Many(int count, DateTime now)
    {
        var customers = new List<Customer>(count);
        for (var i = 0; i < count; i++)
        {
            var customer = new Customer
            {
                Name = $"{Surnames[i % Surnames.Length]}{Given[i * 7 % Given.Length]}{i:D4}",
                Phones = [new() { Number = $"139{i:D8}" }],
                IsVip = i % 7 == 0,
                MemberNumber = i % 10 == 9 ? null : $"88{i:D8}",
                PinHash = i % 10 == 9 ? null : PinHash,
                CustomFields = new(StringComparer.Ordinal) { ["区县"] = Districts[i % Districts.Length] },
                LastContactAt = i % 2 == 0 ? now.AddDays(-i).AddSeconds(i) : null,
                CreatedAt = now.AddDays(-400).AddMinutes(i * 13),
            };
            if (i % 3 == 0) customer.Phones.Add(new() { Number = $"0755{i:D8}" });
            if (i % 4 == 0) customer.CustomFields["卡类型"] = i % 8 == 0 ? "金卡" : "银卡";
            if (i % 50 == 0) customer.CustomFields["备注"] = "老客户, 喜欢电话回访";
            // Digits with leading zeros must stay text: a landline alone, a staff number.
            if (i % 11 == 5)
            {
                customer.Phones = [new() { Number = $"010{i:D8}" }];
                customer.CustomFields["工号"] = $"00{i}";
            }
            customers.Add(customer);
        }
        return customers;
    }

    /// <summary>A workbook whose first row is <paramref name="header"/> and whose next rows are <paramref name="rows"/> (null = blank cell).</summary>
    public static MemoryStream Workbook(string[] header, params object?[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Sheet1");
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                    case long n: cell.SetValue(n); break;
                    case bool b: cell.SetValue(b); break;
                    case DateTime d: cell.SetValue(d); break;
                    default: throw new ArgumentException($"unsupported cell value {rows[r][c]}");
                }
            }
        }
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    /// <summary>What an export/import round trip must keep of a customer, comparable with Assert.Equal.</summary>
    public static string Snapshot(Customer c) =>
        string.Join(" | ",
            c.Name,
            string.Join(",", c.Phones.Select(p => p.Number).Order(StringComparer.Ordinal)),
            c.IsVip,
            c.MemberNumber ?? "-",
            c.LastContactAt?.ToString("O") ?? "-",
            c.CreatedAt.ToString("O"),
            string.Join(";", c.CustomFields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")));
}

using CallCenter.Domain.Customers.Excel;

namespace CallCenter.Domain.Tests.Customers.Excel;

/// <summary>Headers: what export writes reads back as the same column; hand-typed keys and labels are understood.</summary>
public sealed class CustomerSheetHeadersTests
{
    [Theory]
    [InlineData("姓名 (name)", CustomerColumn.Name)]
    [InlineData("name", CustomerColumn.Name)]
    [InlineData(" Name ", CustomerColumn.Name)]
    [InlineData("姓名", CustomerColumn.Name)]
    [InlineData("Phones", CustomerColumn.Phones)]
    [InlineData("电话", CustomerColumn.Phones)]
    [InlineData("VIP", CustomerColumn.Vip)]
    [InlineData("Member number (MEMBER_NUMBER)", CustomerColumn.MemberNumber)]
    [InlineData("会员号", CustomerColumn.MemberNumber)]
    [InlineData("last_contact", CustomerColumn.LastContact)]
    [InlineData("创建时间 (created)", CustomerColumn.Created)]
    public void Fixed_columns_are_read_from_their_key_label_or_exported_header(string header, CustomerColumn expected) =>
        Assert.Equal(new CustomerSheetColumn(expected), CustomerSheetHeaders.Parse(header));

    [Theory]
    [InlineData("区县", "区县")]
    [InlineData("name", "field:name")]
    [InlineData("姓名", "field:姓名")]
    [InlineData("备注 (created)", "field:备注 (created)")]
    [InlineData("field:x", "field:field:x")]
    [InlineData(" padded ", "field: padded ")]
    public void A_custom_field_reads_back_under_its_own_key_even_when_it_looks_like_a_fixed_column(string key, string header)
    {
        Assert.Equal(header, CustomerSheetHeaders.HeaderOfField(key));
        Assert.Equal(new CustomerSheetColumn(CustomerColumn.CustomField, key), CustomerSheetHeaders.Parse(header));
    }

    [Fact]
    public void Every_exported_fixed_header_reads_back_as_its_column()
    {
        foreach (var column in CustomerSheetHeaders.FixedColumns)
            Assert.Equal(column, CustomerSheetHeaders.Parse(CustomerSheetHeaders.HeaderOf(column))!.Kind);
        Assert.Null(CustomerSheetHeaders.Parse("  "));
        Assert.Null(CustomerSheetHeaders.Parse("field:"));
    }
}

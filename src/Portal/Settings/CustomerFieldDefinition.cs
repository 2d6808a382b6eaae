namespace CallCenter.Portal.Settings;

/// <summary>
/// A customer custom field the center defines (section <c>Customers:Fields</c>, an array in data/settings.json): the
/// key stored on the customer and used as the workbook column, and its labels in Chinese and English. The list's order
/// is the order the customers page and the screen pop show the fields in.
/// </summary>
public sealed class CustomerFieldDefinition
{
    public string Key { get; set; } = "";
    public string? LabelZh { get; set; }
    public string? LabelEn { get; set; }

    /// <summary>The label in the current UI language, falling back to the other language, then the key.</summary>
    public string Label => (System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? LabelZh ?? LabelEn : LabelEn ?? LabelZh) is { Length: > 0 } label ? label : Key;

    /// <summary>The definitions configured now (read each time, so a saved change shows without a restart).</summary>
    public static IReadOnlyList<CustomerFieldDefinition> Read(IConfiguration configuration) =>
        (configuration.GetSection("Customers:Fields").Get<List<CustomerFieldDefinition>>() ?? [])
            .Where(f => !string.IsNullOrWhiteSpace(f.Key)).ToList();
}

namespace CallCenter.Designer.Properties;

/// <summary>The element ids of the property panel (stable for browser tests): one scheme, used by the editors and the tests.</summary>
public static class PropertyIds
{
    /// <summary>The input element of a property's literal editor.</summary>
    public static string Field(string input) => $"prop-{input}";

    /// <summary>The literal ↔ expression switch of a property.</summary>
    public static string Mode(string input) => $"prop-{input}-mode";

    /// <summary>The expression text box of a property.</summary>
    public static string Expression(string input) => $"prop-{input}-expression";

    /// <summary>The syntax errors shown under a script.</summary>
    public static string Errors(string input) => $"prop-{input}-errors";

    /// <summary>A cell of a key-value list.</summary>
    public static string Cell(string input, int row, string column) => $"prop-{input}-{row}-{column}";

    /// <summary>The "add a row" button of a key-value list.</summary>
    public static string AddRow(string input) => $"prop-{input}-add";

    /// <summary>The "remove this row" button of a key-value list.</summary>
    public static string RemoveRow(string input, int row) => $"prop-{input}-remove-{row}";
}

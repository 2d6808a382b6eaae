using System.Globalization;
using CallCenter.Engine.Descriptors;

namespace CallCenter.Designer.Properties;

/// <summary>Names and help of descriptors in the current UI language: the Chinese fields for zh-*, English otherwise.</summary>
public static class DescriptorText
{
    /// <summary>Whether the current UI culture reads the descriptors' Chinese fields.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static string Name(ActivityDescriptor d) => IsChinese ? d.DisplayNameZh : d.DisplayName;
    public static string Help(ActivityDescriptor d) => IsChinese ? d.DescriptionZh : d.Description;
    public static string Name(InputDescriptor d) => IsChinese ? d.DisplayNameZh : d.DisplayName;
    public static string? Help(InputDescriptor d) => IsChinese ? d.DescriptionZh : d.Description;
    public static string Name(OutputDescriptor d) => IsChinese ? d.DisplayNameZh : d.DisplayName;
    public static string? Help(OutputDescriptor d) => IsChinese ? d.DescriptionZh : d.Description;
}

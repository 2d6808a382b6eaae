namespace CallCenter.Telephony.Sdp;

/// <summary>Lookups over a list of a= lines shared by session and media level.</summary>
internal static class SdpAttributes
{
    public static SdpDirection? Direction(List<SdpAttribute> attributes)
    {
        SdpDirection? found = null;
        foreach (var attribute in attributes)
        {
            if (attribute.Value is null && SdpDirections.TryParse(attribute.Name, out var direction))
            {
                found = direction;
            }
        }

        return found;
    }

    public static bool Has(List<SdpAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    public static string? Value(List<SdpAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public static int? Int(List<SdpAttribute> attributes, string name) =>
        Value(attributes, name) is { } text && SdpNumbers.TryInt(text.Trim(), out var value) ? value : null;
}

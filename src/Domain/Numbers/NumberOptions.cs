namespace CallCenter.Domain.Numbers;

/// <summary>How phone numbers are compared (section <c>Numbers</c>).</summary>
public sealed class NumberOptions
{
    /// <summary>
    /// The center's country (ISO 3166 code). Default "CN". A caller presented internationally from this
    /// country (<c>+8613800138000</c>, <c>008675588880000</c>) is compared in national form
    /// (<c>13800138000</c>, <c>075588880000</c>), the form operators type into lists and customer records.
    /// </summary>
    public string DefaultRegion { get; set; } = "CN";

    /// <summary>
    /// The center's own area code (区号) with its leading 0, e.g. "010" (Beijing) or "0755" (Shenzhen); "10" is read as
    /// "010". Default empty: then every number with an area code counts as long distance (长途) when classifying what an
    /// agent may dial (<see cref="DialClassifier"/>); numbers without an area code are local either way.
    /// </summary>
    public string LocalAreaCode { get; set; } = "";
}

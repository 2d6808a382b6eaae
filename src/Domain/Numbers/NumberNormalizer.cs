using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace CallCenter.Domain.Numbers;

/// <summary>
/// Brings a caller number to the form numbers are stored in: <see cref="NumberPattern.Normalize"/>, then
/// an international number of the center's own country in national form (libphonenumber). Numbers
/// without an international prefix (extensions, short service numbers such as 12345) are left as dialled;
/// foreign numbers keep their <c>+</c> form.
/// </summary>
public sealed class NumberNormalizer(IOptions<NumberOptions> options)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly int _countryCode = Util.GetCountryCodeForRegion(options.Value.DefaultRegion);

    public string Normalize(string? number)
    {
        var cleaned = NumberPattern.Normalize(number);
        var international = cleaned.StartsWith('+') ? cleaned : cleaned.StartsWith("00", StringComparison.Ordinal) ? "+" + cleaned[2..] : null;
        if (international is null || international.Length < 4) return cleaned;
        try
        {
            var parsed = Util.Parse(international, options.Value.DefaultRegion);
            if (parsed.CountryCode != _countryCode) return international;
            return NumberPattern.Normalize(Util.Format(parsed, PhoneNumberFormat.NATIONAL));
        }
        catch (NumberParseException)
        {
            return cleaned;
        }
    }
}

using CallCenter.Domain.Agents;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace CallCenter.Domain.Numbers;

/// <summary>
/// Says which <see cref="DialPermission"/> a dialled number needs, by the Chinese numbering plan (the default region,
/// <c>Numbers:DefaultRegion</c> CN): the center's extensions and service numbers are Internal; short service and emergency
/// numbers (3–6 digits: 110, 12345, 95588), fixed lines without area code (7–8 digits), fixed lines with the center's own
/// area code (<c>Numbers:LocalAreaCode</c>) and 400/800 numbers are Local; other area codes and mobiles (1[3-9] + 9 digits) are
/// LongDistance; "+" or "00" numbers are parsed with libphonenumber: the default region's own (+86, 0086) are classified
/// in national form, any other country is International. Anything else is invalid with a message. Pure and allocation-light.
/// </summary>
public sealed class DialClassifier
{
    private const int MaxDigits = 20;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly string _region;
    private readonly int _countryCode;
    private readonly string _localAreaCode;

    public DialClassifier(IOptions<NumberOptions> options)
    {
        _region = options.Value.DefaultRegion;
        _countryCode = Util.GetCountryCodeForRegion(_region);
        var area = NumberPattern.Normalize(options.Value.LocalAreaCode).TrimStart('+');
        _localAreaCode = area.Length == 0 || area.StartsWith('0') ? area : "0" + area;
    }

    /// <summary>Classifies <paramref name="input"/> as typed ("138 0013 8000", "+1 (415) 555-0100") against the center's numbers.</summary>
    public DialClassification Classify(string? input, CenterNumbers? center = null)
    {
        center ??= CenterNumbers.None;
        if (string.IsNullOrWhiteSpace(input)) return DialClassification.Invalid("", "Enter a number to dial.");
        if (!HasOnlyPhoneCharacters(input))
            return DialClassification.Invalid(input.Trim(), $"'{input.Trim()}' is not a phone number: use digits, spaces, '-', '(' ')' and a leading '+' only.");
        var digits = NumberPattern.Normalize(input);
        if (digits.Length > MaxDigits + 1) return DialClassification.Invalid(digits, $"{digits} is too long for a phone number.");
        if (Own(digits, center) is { } own) return own;
        if (digits.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal)) return ClassifyInternational(digits, center);
        return ClassifyNational(digits, center);
    }

    private static bool HasOnlyPhoneCharacters(string input)
    {
        var seenDigit = false;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c)) seenDigit = true;
            else if (c == '+') { if (seenDigit) return false; }
            else if (c is not (' ' or '-' or '(' or ')' or '.')) return false;
        }
        return seenDigit && input.Count(c => c == '+') <= 1;
    }

    private static DialClassification? Own(string digits, CenterNumbers center) =>
        center.Extensions.Contains(digits) ? new(digits, DialledNumberKind.Extension, DialPermission.Internal)
        : center.ServiceNumbers.Contains(digits) ? new(digits, DialledNumberKind.ServiceNumber, DialPermission.Internal)
        : null;

    private DialClassification ClassifyInternational(string digits, CenterNumbers center)
    {
        var international = digits.StartsWith('+') ? digits : "+" + digits[2..];
        if (international.Length < 5) return DialClassification.Invalid(digits, $"{digits} is too short for an international number: give the country code and the number.");
        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(international, _region);
        }
        catch (NumberParseException)
        {
            return DialClassification.Invalid(digits, $"{digits} is not an international number: no country has the code it starts with.");
        }
        if (parsed.CountryCode == _countryCode)
            return ClassifyNational(NumberPattern.Normalize(Util.Format(parsed, PhoneNumberFormat.NATIONAL)), center);
        if (!Util.IsPossibleNumber(parsed))
            return DialClassification.Invalid(digits, $"{digits} is not a possible number of country code +{parsed.CountryCode}: check its length.");
        return new(Util.Format(parsed, PhoneNumberFormat.E164), DialledNumberKind.International, DialPermission.International);
    }

    private DialClassification ClassifyNational(string d, CenterNumbers center)
    {
        if (Own(d, center) is { } own) return own;
        if (d.Length < 3) return DialClassification.Invalid(d, $"{d} is too short: a number has at least 3 digits.");
        if (d[0] == '0') return ClassifyWithAreaCode(d);
        if (d.Length <= 6) return new(d, DialledNumberKind.ShortNumber, DialPermission.Local);
        if (d.Length <= 8 && d[0] >= '2') return new(d, DialledNumberKind.LocalFixedLine, DialPermission.Local);
        if (d.Length == 11 && d[0] == '1' && d[1] >= '3') return new(d, DialledNumberKind.Mobile, DialPermission.LongDistance);
        if (d.Length == 10 && (d.StartsWith("400", StringComparison.Ordinal) || d.StartsWith("800", StringComparison.Ordinal)))
            return new(d, DialledNumberKind.NationalServiceNumber, DialPermission.Local);
        return DialClassification.Invalid(d, $"{d} is not a number of a known form: dial an extension, a service number (3–6 digits), a fixed line (7–8 digits, "
            + "or 0 + area code + number), a mobile (11 digits from 13 to 19) or + and a country code.");
    }

    // 010 and 02x are three-digit area codes, every other one (0755, 0571…) four; the line's number after it has 7–8 digits.
    private DialClassification ClassifyWithAreaCode(string d)
    {
        var areaLength = d.Length > 1 && d[1] is '1' or '2' ? 3 : 4;
        if (d.Length > 1 && d[1] == '1' && !d.StartsWith("010", StringComparison.Ordinal))
            return DialClassification.Invalid(d, $"{d} does not start with an area code (01x other than 010 is none).");
        var line = d.Length - areaLength;
        if (line is < 7 or > 8 || d[areaLength] < '2')
            return DialClassification.Invalid(d, $"{d} is not a fixed line: after the area code {d[..Math.Min(areaLength, d.Length)]} come 7 or 8 digits starting with 2–9.");
        var local = _localAreaCode.Length > 0 && d.StartsWith(_localAreaCode, StringComparison.Ordinal) && _localAreaCode.Length == areaLength;
        return local ? new(d, DialledNumberKind.LocalFixedLine, DialPermission.Local) : new(d, DialledNumberKind.OtherAreaFixedLine, DialPermission.LongDistance);
    }
}

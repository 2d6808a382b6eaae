using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Domain.Customers;

/// <summary>
/// Member PINs as salted PBKDF2-SHA256 hashes (<c>pbkdf2-sha256$iterations$salt$hash</c>, Base64). A PIN
/// has few digits, so the cost factor is what stands between a leaked table and every PIN; verification
/// compares in constant time.
/// </summary>
public static class PinHasher
{
    /// <summary>Iterations for new hashes. Stored with each hash, so raising it later keeps old hashes valid.</summary>
    public const int Iterations = 100_000;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string pin)
    {
        ArgumentException.ThrowIfNullOrEmpty(pin);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Scheme}${Iterations.ToString(CultureInfo.InvariantCulture)}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>True when <paramref name="pin"/> produced <paramref name="stored"/>; false for a malformed or missing hash.</summary>
    public static bool Verify(string? pin, string? stored)
    {
        if (string.IsNullOrEmpty(pin) || string.IsNullOrEmpty(stored)) return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CallCenter.Telephony.Sip.Auth;

/// <summary>
/// Stateless nonces: issue time and randomness signed with a per-process key (HMAC-SHA-256), so any
/// nonce can be checked for authenticity and age without a table. Lifetime default 5 minutes.
/// </summary>
public sealed class NonceService(TimeProvider time, TimeSpan lifetime)
{
    private const int Size = 8 + 8 + 16;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => lifetime;

    public string Issue()
    {
        Span<byte> nonce = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64BigEndian(nonce, time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(nonce.Slice(8, 8));
        Sign(nonce[..16], nonce[16..]);
        return Base64UrlEncode(nonce);
    }

    public NonceCheck Check(string nonce)
    {
        Span<byte> bytes = stackalloc byte[Size];
        if (!TryDecode(nonce, bytes)) return NonceCheck.Invalid;
        Span<byte> expected = stackalloc byte[16];
        Sign(bytes[..16], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[16..])) return NonceCheck.Invalid;
        var issued = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(bytes));
        var age = time.GetUtcNow() - issued;
        return age < TimeSpan.Zero || age > lifetime ? NonceCheck.Stale : NonceCheck.Valid;
    }

    private void Sign(ReadOnlySpan<byte> data, Span<byte> signature)
    {
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, data, full);
        full[..signature.Length].CopyTo(signature);
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, Span<byte> into)
    {
        if (text.Length != 43) return false;
        var padded = text.Replace('-', '+').Replace('_', '/') + "=";
        return Convert.TryFromBase64String(padded, into, out var written) && written == Size;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Domain.Telephony;

/// <summary>Sets an extension's password as the digest hashes a registrar checks (HA1 = H(user:realm:password)).</summary>
public static class SipPasswordHasher
{
    public static void SetPassword(Extension extension, string realm, string password)
    {
        var text = Encoding.UTF8.GetBytes($"{extension.Number}:{realm}:{password}");
        extension.Realm = realm;
        extension.Ha1Md5 = Convert.ToHexStringLower(MD5.HashData(text));
        extension.Ha1Sha256 = Convert.ToHexStringLower(SHA256.HashData(text));
    }

    /// <summary>A password for a new line: 16 characters from an alphabet without look-alikes, typed easily on a phone's keypad menu.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }
}

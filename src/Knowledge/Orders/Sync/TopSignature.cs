using System.Security.Cryptography;
using System.Text;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// TOP's request signature: every parameter but <c>sign</c>, sorted by name in ASCII order, written name then value
/// with nothing between; the UTF-8 bytes digested with <c>md5(secret + s + secret)</c>, HMAC-MD5 or HMAC-SHA256 keyed
/// with the secret; the digest in upper-case hex.
/// </summary>
public static class TopSignature
{
    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string secret, string signMethod)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(secret);
        var text = new StringBuilder();
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign" && p.Key.Length > 0 && !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        var key = Encoding.UTF8.GetBytes(secret);
        var digest = signMethod switch
        {
            "md5" => MD5.HashData(Encoding.UTF8.GetBytes(secret + text + secret)),
            "hmac" => HMACMD5.HashData(key, Encoding.UTF8.GetBytes(text.ToString())),
            "hmac-sha256" => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text.ToString())),
            _ => throw new ArgumentException($"Unknown TOP sign_method '{signMethod}'.", nameof(signMethod)),
        };
        return Convert.ToHexString(digest);
    }
}

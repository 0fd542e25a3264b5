using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Matches a presented bearer key against the configured trainer keys. Keys are compared as SHA-256 digests with a
/// fixed-time comparison, and every key is compared, so the time taken says nothing about how close a guess was.
/// </summary>
public sealed class TrainerKeys(IOptions<TrainerConsoleOptions> options)
{
    private readonly (byte[] Digest, string Name)[] _keys =
        [.. options.Value.Trainers.Select(t => (SHA256.HashData(Encoding.UTF8.GetBytes(t.Key)), t.Name.Trim()))];

    /// <summary>The trainer's name for a valid key, else null.</summary>
    public string? Find(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? found = null;
        foreach (var (key, name) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, key))
            {
                found = name;
            }
        }

        return found;
    }
}

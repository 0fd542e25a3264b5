using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Agents;

/// <summary>
/// Finds the agent of a bearer key. Keys are compared as SHA-256 digests in constant time, and every configured key is
/// compared, so the time taken says nothing about which key, or how much of one, was right.
/// </summary>
public sealed class AgentKeys
{
    private readonly (byte[] Digest, AgentIdentity Agent)[] _keys;

    public AgentKeys(IOptions<AgentConsoleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. options.Value.Agents.Select(a => (Digest(a.Key), new AgentIdentity(a.AgentId, a.Name)))];
    }

    public AgentIdentity? Find(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var digest = Digest(key);
        AgentIdentity? found = null;
        foreach (var (known, agent) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, known))
            {
                found = agent;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

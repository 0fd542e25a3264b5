using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Consoles;

/// <summary>
/// Every console key (<c>Consoles:Agents</c>, <c>Consoles:Supervisors</c>, <c>Consoles:Trainers</c>) and whom it
/// signs in. Keys are compared as SHA-256 digests in constant time, and every configured key is compared, so the
/// time taken says nothing about which key, or how much of one, was right.
/// </summary>
public sealed class ConsoleKeys
{
    private readonly (byte[] Digest, ConsoleAccount Account)[] _keys;

    public ConsoleKeys(IOptions<AgentConsoleOptions> agents, IOptions<TrainerConsoleOptions> trainers)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(trainers);
        _keys =
        [
            .. agents.Value.Agents.Select(a => (Digest(a.Key), new ConsoleAccount(a.AgentId, a.Name, [ConsoleRoles.Agent]))),
            .. agents.Value.Supervisors.Select(s => (Digest(s.Key), new ConsoleAccount(s.HandoffId, s.Name, [ConsoleRoles.Supervisor, ConsoleRoles.Agent]))),
            .. trainers.Value.Trainers.Select(t => (Digest(t.Key), new ConsoleAccount(t.Name.Trim(), t.Name.Trim(), [ConsoleRoles.Trainer]))),
        ];
    }

    /// <summary>The account of a key, or null for no key or a key nobody has.</summary>
    public ConsoleAccount? Find(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var digest = Digest(key);
        ConsoleAccount? found = null;
        foreach (var (known, account) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, known))
            {
                found ??= account;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

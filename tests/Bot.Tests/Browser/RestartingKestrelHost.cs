using ShopBot.Bot.Tests.Channels;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>
/// The shipped host on real Kestrel at a fixed port over a Redis and key prefix it shares with the host that replaces
/// it: a second instance on the same <paramref name="port"/> is the same deployment after a restart.
/// </summary>
internal sealed class RestartingKestrelHost(string redis, string keyPrefix, int port) : TemporaryHost("shopbot-restart-page-", kestrel: true, port)
{
    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, TestHost.Secret, SharedModelPath);
            settings["ConnectionStrings:Redis"] = redis;
            settings["Handoff:RedisKeyPrefix"] = keyPrefix;
            return settings;
        }
    }
}

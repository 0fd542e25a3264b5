using ShopBot.Bot.Tests.Cli;

namespace ShopBot.Bot.Tests.Fuzz;

/// <summary>
/// The host as shipped over a temporary copy of the knowledge base (a fuzzed save must never touch the repository),
/// with one agent, one trainer and a fixed Direct Line secret, so every kind of caller can be played.
/// </summary>
public sealed class FuzzHost : TemporaryHost
{
    public const string Secret = "fuzz-directline-secret-0123456789";
    public const string AgentKey = "fuzz-agent-key-0123456789abcdef";
    public const string TrainerKey = "fuzz-trainer-key-0123456789abcdefghij";

    private readonly TemporaryKnowledgeBase _knowledgeBase = new();

    public FuzzHost()
        : base("shopbot-fuzz-", kestrel: false)
    {
    }

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = ShippedBotSettings(Folder, Secret, Path.Combine(_knowledgeBase.Folder, "artifacts", "intent-model.zip"));
            settings["KnowledgeBase:Root"] = Path.Combine(_knowledgeBase.Folder, "knowledge-base");
            settings["DirectLine:RateLimitPermits"] = "10000";
            settings["Consoles:Agents:0:Key"] = AgentKey;
            settings["Consoles:Agents:0:AgentId"] = "fuzz-agent";
            settings["Consoles:Agents:0:Name"] = "模糊测试客服";
            settings["Consoles:Trainers:0:Key"] = TrainerKey;
            settings["Consoles:Trainers:0:Name"] = "模糊测试培训师";
            settings["Serilog:WriteTo:1:Args:path"] = Path.Combine(Folder, "logs", "shopbot-.clef");
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                _knowledgeBase.Dispose();
            }
            catch (IOException)
            {
                // A model file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}

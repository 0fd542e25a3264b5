using ShopBot.Bot.Conversations;
using ShopBot.Bot.Tests.AfterSales;

namespace ShopBot.Bot.Tests.Conversations;

/// <summary>
/// Every conversation of <c>tests/conversations/*.yaml</c>, played through the shipped bot as the trainer wrote it:
/// one test per conversation, named by the file and the conversation.
/// </summary>
public sealed class ConversationSuiteTests : IClassFixture<ConversationSuiteTests.Host>
{
    private static readonly Lazy<IReadOnlyDictionary<string, ConversationScript>> Scripts = new(Load);

    private readonly Host _host;

    public ConversationSuiteTests(Host host) => _host = host;

    public static TheoryData<string> Conversations => [.. Scripts.Value.Keys];

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation_goes_as_the_trainer_wrote_it(string conversation)
    {
        var result = await ConversationSuite.PlayAsync(_host.Bot.Services, Scripts.Value[conversation]);

        Assert.True(result.Passed, Describe(result));
    }

    [Fact]
    public async Task A_new_chat_line_is_played_in_a_later_conversation_of_the_same_buyer()
    {
        var script = new ConversationScript
        {
            Name = "new_chat",
            Buyer = "小王爱购物",
            Turns =
            [
                new ScriptTurn { Buyer = "人工客服", State = "queued" },
                new ScriptTurn { Buyer = "你好", NewChat = true, State = "bot" },
            ],
        };

        var result = await ConversationSuite.PlayAsync(_host.Bot.Services, script);

        Assert.True(result.Passed, Describe(result));
    }

    [Fact]
    public void The_suite_holds_the_conversations_the_readme_counts()
    {
        Assert.True(Scripts.Value.Count >= 2, $"only {Scripts.Value.Count} conversations found under tests/conversations");
    }

    private static Dictionary<string, ConversationScript> Load()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "conversations");
        var scripts = new Dictionary<string, ConversationScript>(StringComparer.Ordinal);
        foreach (var file in ConversationFile.Expand([folder]))
        {
            foreach (var script in ConversationFile.Read(file))
            {
                var key = $"{Path.GetFileNameWithoutExtension(file)}: {script.Name}";
                Assert.True(scripts.TryAdd(key, script), $"two conversations are named '{key}'");
            }
        }

        return scripts;
    }

    private static string Describe(ConversationResult result) =>
        string.Join("\n", result.Failures)
        + "\n" + string.Join("\n", result.Turns.Select(t => $"买家> {t.Said}\n" + string.Join("\n", t.Replies.Select(r => $"客服> {r}"))));

    /// <summary>
    /// One shipped bot for the whole suite, its clock started at the sample's moment as <c>test-conversations</c> plays;
    /// every conversation is a fresh Direct Line conversation in it.
    /// </summary>
    public sealed class Host : IDisposable
    {
        internal AfterSalesHost Bot { get; } = new(atSampleMoment: true);

        public void Dispose() => Bot.Dispose();
    }
}

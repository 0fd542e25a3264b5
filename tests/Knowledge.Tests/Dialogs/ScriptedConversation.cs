using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>A buyer talking to the dialog engine turn by turn. Every reply is checked against the reply screen.</summary>
public sealed class ScriptedConversation(DialogHarness harness, string buyerId, string conversationId)
{
    public DialogState State { get; } = new();

    public string BuyerId => buyerId;

    public string ConversationId => conversationId;

    public DialogOutcome Last { get; private set; } = null!;

    public string LastText => string.Join("\n", Last.Replies.Select(r => r.Text));

    public Task<DialogOutcome> SayAsync(string text, params string[] photoUrls) =>
        SayAsync(harness.Understander.Understand(text), photoUrls);

    public async Task<DialogOutcome> SayAsync(Understanding understanding, params string[] photoUrls)
    {
        Last = await harness.Engine.HandleAsync(new DialogInput(conversationId, buyerId, understanding.Text, photoUrls, understanding), State);
        foreach (var reply in Last.Replies)
        {
            var verdict = harness.Screen.Screen(reply.Text);
            Assert.True(verdict.Allowed, $"{reply.TemplateId} fails the screen: {ShopBot.Knowledge.Screening.ReplyGate.Describe(verdict)}");
        }

        return Last;
    }

    public async Task<IReadOnlyList<CaseRecord>> CasesAsync() =>
        (await harness.Cases.ListAsync(new CaseQuery { BuyerId = buyerId })).Where(c => c.ConversationId == conversationId).ToList();
}

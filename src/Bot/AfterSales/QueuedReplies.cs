using System.Globalization;
using ShopBot.Handoff;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// What a buyer waiting in the queue for a person reads after a message (the message itself always goes to the person):
/// a question the order or the policies answer is answered, with a note that the colleague still follows up; asking for
/// a person again keeps the place in the queue; anything else is acknowledged, never with the line just said.
/// </summary>
public sealed class QueuedReplies(
    BuyerHandoff handoff,
    IntentUnderstander understander,
    DialogEngine dialogs,
    DialogStateStore states,
    IReplyTemplates templates)
{
    /// <summary>The lines to send for <paramref name="text"/>, written by a queued buyer.</summary>
    public async Task<IReadOnlyList<string>> ReplyAsync(string conversationId, string buyerId, string text, CancellationToken cancellationToken)
    {
        var understanding = understander.Understand(text);
        if (AsksForPerson(understanding))
        {
            return [await AskedAgainAsync(conversationId, cancellationToken).ConfigureAwait(false)];
        }

        var (state, version) = await states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var input = new DialogInput(conversationId, buyerId, text, [], understanding);
        var answer = await dialogs.AnswerWhileQueuedAsync(input, state, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> lines = answer is { Replies.Count: > 0 }
            ? [.. answer.Replies.Select(r => r.Text), Fresh("handoff.answered_while_queued", conversationId, state)]
            : [Fresh("handoff.message_kept", conversationId, state)];
        state.LastReplies = [.. lines];
        await states.SaveAsync(conversationId, state, version, cancellationToken).ConfigureAwait(false);
        return lines;
    }

    private static bool AsksForPerson(Understanding understanding) =>
        understanding.HandoffRequested || (understanding.Intent == IntentIds.Human && understanding.Decision == TurnDecision.Answer && !understanding.HandoffRefused);

    private async Task<string> AskedAgainAsync(string conversationId, CancellationToken cancellationToken)
    {
        var standing = await handoff.GetStandingAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return standing is null
            ? templates.Render("handoff.asked_again_no_position", new Dictionary<string, string?>(), conversationId).Text
            : templates.Render("handoff.asked_again", new Dictionary<string, string?>
            {
                [TemplateSlots.QueuePosition] = standing.Position.ToString(CultureInfo.InvariantCulture),
            }, conversationId).Text;
    }

    /// <summary>
    /// The conversation's variant of <paramref name="templateId"/>, or, when one of its variants was just said, the one
    /// after it: a buyer writing line after line reads each variant in turn.
    /// </summary>
    private string Fresh(string templateId, string conversationId, DialogState state)
    {
        var variants = templates.RenderEach(templateId, new Dictionary<string, string?>(), conversationId).Select(v => v.Text).ToList();
        var said = variants.FindLastIndex(v => state.LastReplies.Contains(v, StringComparer.Ordinal));
        return variants[(said + 1) % variants.Count];
    }
}

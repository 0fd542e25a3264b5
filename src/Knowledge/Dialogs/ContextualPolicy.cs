using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The last try before a turn ends unsure (a menu of two needs, "我没太理解", "答不准" and a person): a question is asked
/// of the policies again with the goods of the order in focus put in front ("洗过还有 这正常吗" about the duvet set reads
/// "加厚珊瑚绒四件套 洗过还有 这正常吗"), so the shop's rule on those goods answers. A line naming the goods itself
/// was already asked in full, so nothing is added to it. A greeting with small talk
/// ("在吗 今天好冷啊哈哈") is greeted back, never asked to be said again.
/// </summary>
public static partial class ContextualPolicy
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Facts.Cues.IsQuestion || CareQuestion.Category(context.Compact) is not null || FocusGoods(context) is not { } goods
            || await PolicyReply.FindAsync(context, cancellationToken, goods + " " + context.AsChinese).ConfigureAwait(false) is not { } match)
        {
            return false;
        }

        // "顺丰的话周日也送吗" about the T恤: an entry the goods' name finds on its own (the T恤's size and colour) was
        // found by the name, not by the question, and answers nothing that was asked.
        if (await PolicyReply.FindAsync(context, cancellationToken, goods).ConfigureAwait(false) is { } byName && byName.Entry.Id == match.Entry.Id)
        {
            return false;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>"在吗 今天南京好冷啊哈哈", "亲 周末还上班呀": a greeting and chat, greeted back with an offer to help.</summary>
    public static bool TryGreetBack(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Greets().IsMatch(context.Compact) || context.Input.Understanding.Intent is not (Intents.IntentIds.Other or Intents.IntentIds.Greeting or Intents.IntentIds.Thanks))
        {
            return false;
        }

        context.Say("greeting.small_talk");
        return true;
    }

    /// <summary>The goods' name without the spec ("加厚珊瑚绒四件套", not its bed width), so no entry on a spec is pulled in.</summary>
    private static string? FocusGoods(FlowContext context) =>
        (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order
            ? order.Title.Split(' ')[0]
            : null;

    [GeneratedRegex("^(?:在吗|在么|在不在|在嘛|在不|亲在吗|你好|您好|哈喽|hello|hi|嗨)")]
    private static partial Regex Greets();
}

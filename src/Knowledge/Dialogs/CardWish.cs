using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "再帮忙写张卡 就写 妈妈生日快乐" beside a packing note: the shop has no card service (the gift-wrap policy), which the
/// buyer hears plainly, and her wish, with the words she wants on it, is noted on the order for whoever packs it, never
/// left unanswered behind the note.
/// </summary>
public static partial class CardWish
{
    private const string Noted = "买家想在包裹里附一张祝福卡片（店里没有卡片服务，已告知买家）";

    /// <summary>True when the line asks for a card written for the parcel.</summary>
    public static bool Asked(string compactText) => Card().IsMatch(compactText ?? string.Empty);

    /// <summary>
    /// Notes the card wish on the order (once) and tells the buyer there is no card service; <paramref name="slipKept"/>
    /// says the gift note asked for again already stands.
    /// </summary>
    public static async Task<bool> TryNoteAsync(FlowContext context, Order order, bool slipKept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (!Asked(context.Compact))
        {
            return false;
        }

        var words = Words().Match(context.Compact) is { Success: true } m ? m.Groups["words"].Value : null;
        var note = words is null ? Noted : $"{Noted}，卡片上想写：{words}";
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (!records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description?.StartsWith(Noted, StringComparison.Ordinal) == true))
        {
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, OrderNoteWithdrawal.NoteReason, note, cancellationToken).ConfigureAwait(false);
        }

        context.Say(slipKept ? "listen_open.card_noted_slip_kept" : "listen_open.card_noted", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("卡片|小卡|写(?:张|个|一张)?卡|手写卡|祝福卡|留言卡|贺卡")]
    private static partial Regex Card();

    // "就写 妈妈生日快乐", "上面写：生日快乐": the words wanted on the card, up to the end of the clause.
    [GeneratedRegex("(?:就写|写上|上面写|写着|内容写|写的是|卡上写|卡片上写)[:：]?(?<words>[^，。,.!！?？~]{2,24})")]
    private static partial Regex Words();
}

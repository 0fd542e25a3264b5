using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要么给我重发要么退钱", "是不是丢件了 你们赶紧查查", "别跟我说再等等" while the buyer waits for a person about the lost
/// parcel this chat recorded: an apology, that a colleague is checking with the courier, and that a confirmed loss is
/// reshipped or refunded at no cost to the buyer; the remedy asked for goes on the lost-parcel record (once) for the
/// person who settles it. "圆通也说查不到，你们自己去查": the shop chases the courier itself, said so with what a loss brings.
/// Never the no-reason-return rules, nor only "your message was passed on".
/// </summary>
public static partial class QueuedLostParcel
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var remedy = Remedy(compact);
        var shopToCheck = ShopToCheck().IsMatch(compact);
        // "是不是丢件了 帮我查一下 不要让系统自动确认收货啊": the extension asked beside the pressing is the receipt
        // extension's to note, with the search told, never the search alone.
        if ((remedy is null && !Pressed().IsMatch(compact) && !shopToCheck) || ReceiptExtension.IsAsked(compact)
            || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LostParcel).ConfigureAwait(false))
                .LastOrDefault(c => c.Description is not null) is not { Description: { } description } record)
        {
            return false;
        }

        var slots = context.SlotsOf(order);
        // "补发还是tk": the buyer asks which she may have, so both are offered and nothing is written as her choice.
        if (remedy == Either && Asked().IsMatch(compact))
        {
            context.Say("track.lost_options_queued", slots);
            return true;
        }

        var wish = WishOf(description);
        // A choice after the question or after "either" ("要tk", "直接退款") replaces the wish on the record; the same
        // wish again, or "either" after a choice, leaves it as it is.
        var changed = remedy is not null && wish != remedy && (wish is null || remedy != Either);
        if (changed)
        {
            // The first lost-parcel record already replaced the plain chasing of the courier: what is open beside it now
            // was asked during the search ("帮我延长收货时间") and stays open once the record is written again.
            var asked = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false);
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家提出补发或退款，已连同要求重新登记", cancellationToken).ConfigureAwait(false);
            await context.Actions.ReportLostParcelAsync(context.Turn, number, $"{WithoutWish(description)}{WishNote}{remedy}", cancellationToken).ConfigureAwait(false);
            await KeepOpenAsync(context, number, asked, cancellationToken).ConfigureAwait(false);
        }

        // Pressed again after the answer, the other wording: the same line twice reads like a machine.
        // "你们自己去查" the first time: the shop, not the buyer, goes after the courier, and a loss is reshipped or refunded.
        var template = remedy is not null ? "track.lost_remedy_queued"
            : shopToCheck && !context.Told(ShopChecksTemplate, number) ? ShopChecksTemplate : "track.lost_pressed_queued";
        var again = !changed && template != ShopChecksTemplate && context.Told(template, number);
        context.Say(again ? template + "_again" : template, remedy is null || again ? slots
            : new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [Templates.TemplateSlots.Change] = remedy });
        return true;
    }

    private const string ShopChecksTemplate = "track.lost_shop_checks_queued";
    private const string WishNote = "；买家要求";
    private const string Either = "补发或退款";

    private static string? WishOf(string description) =>
        description.IndexOf(WishNote, StringComparison.Ordinal) is var at and >= 0 ? description[(at + WishNote.Length)..] : null;

    private static string WithoutWish(string description) =>
        description.IndexOf(WishNote, StringComparison.Ordinal) is var at and >= 0 ? description[..at] : description;

    private static async Task KeepOpenAsync(FlowContext context, string number, IReadOnlyList<CaseRecord> asked, CancellationToken cancellationToken)
    {
        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false);
        foreach (var closed in asked.Where(a => a.Description is not null && open.All(o => o.Description != a.Description)))
        {
            await context.Actions.FollowUpLogisticsAsync(context.Turn, number, closed.Description!, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What the buyer demands: a reshipment, a refund, or either.</summary>
    private static string? Remedy(string compact)
    {
        var refund = Refund().IsMatch(compact);
        var reship = Reship().IsMatch(compact);
        return refund && reship ? Either : refund ? "退款" : reship ? "补发" : null;
    }

    /// <summary>"补发还是退款", "退钱还是重发啊", "补发退款选哪个": both named as a question, never "要么补发要么退款".</summary>
    [GeneratedRegex("(补发|重发|再发|补寄|退款|退钱)[^，。,]{0,3}还是|哪(个|种|样)")]
    private static partial Regex Asked();

    [GeneratedRegex("(?<!(?:不要|不用|别|不想)(?:给我|帮我|再|给我再|再给我|再帮我)?)(退款|退钱|把钱退|钱退|赔钱|赔偿)")]
    private static partial Regex Refund();

    // "别给我补发了 直接退钱": the remedy turned down, with "给我" or "再" between, is not asked for.
    [GeneratedRegex("(?<!(?:不要|不用|别|不想)(?:给我|帮我|再|给我再|再给我|再帮我)?)(补发|重发|重新发|再发|补寄|重新寄|再寄)")]
    private static partial Regex Reship();

    /// <summary>"你们自己去查", "你们去问问圆通", "快递说查不到 你们联系一下": the shop is asked to go after the courier.</summary>
    [GeneratedRegex("(你们|你|店里|店家|商家|客服)自己(去|来)?(查|问|核实|联系|找|催)|(你们|你)去(查|问|核实|联系|找)(一下|下|问|查|清楚)?(快递|物流|圆通|中通|顺丰|韵达|申通|京东|邮政|网点|吧|啊|呀|$|[，。,!！])|(快递|物流|圆通|中通|顺丰|韵达|申通|京东|邮政|网点|客服)[^，。,]{0,4}(查不到|找不到|说不知道|也不知道|不清楚)")]
    private static partial Regex ShopToCheck();

    /// <summary>"你们到底管不管", "赶紧查", "别跟我说再等等", "是不是丢件了", "这么久了还在等": the buyer presses for the parcel.</summary>
    [GeneratedRegex("管不管|有没有人管|没人管|赶紧查|快点查|查一下啊|查查|别(跟我)?说(再)?等|别让我(再)?等|还要等|等到什么时候|是不是丢|丢件|丢了|弄丢|不动就是不动|还在等|(没|不)(动|更新)(过)?|到底")]
    private static partial Regex Pressed();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "之前申请换货的怎么样了", "上次说补发的呢", "退货处理得怎么样了": a follow-up on a case recorded earlier for this
/// buyer (this chat or an earlier one), answered with where that case stands, never a new problem with a photo
/// request or a tracking line. No such case: said so, and the buyer is asked which order or what happened.
/// </summary>
public static partial class CaseFollowUp
{
    private const string Area = "case_followup";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || Asked(context.Compact) is not { } kinds)
        {
            return false;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var named = OrderResolver.Named(context);
        var looked = named.Count > 0 ? named : orders;
        var found = new List<CaseRecord>();
        foreach (var order in looked)
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            found.AddRange(cases.Where(c => kinds.Contains(c.Kind) && c.Status != CaseStatus.Cancelled));
        }

        var label = kinds[0].Label();
        if (found.OrderByDescending(c => c.CreatedAt).FirstOrDefault() is not { } latest
            || orders.FirstOrDefault(o => o.OrderNumber == latest.OrderNumber) is not { } caseOrder)
        {
            context.Say($"{Area}.none", new Dictionary<string, string?> { [TemplateSlots.Reason] = label });
            context.State.EndFlow();
            return true;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(caseOrder), StringComparer.Ordinal)
        {
            [TemplateSlots.Reason] = latest.Kind.Label(),
            [TemplateSlots.TrackingNumber] = latest.TrackingNumber,
        };
        var template = latest.Status switch
        {
            CaseStatus.Resolved when latest.TrackingNumber is not null => "resolved_sent",
            CaseStatus.Resolved => "resolved",
            _ when latest.PhotoUrls.Count == 0 && latest.Kind is CaseKind.Exchange or CaseKind.Return or CaseKind.Reship or CaseKind.Repair => "open_photos",
            _ => "open",
        };
        context.Say($"{Area}.{template}", slots);
        context.State.LastOrderNumber = caseOrder.OrderNumber;
        return true;
    }

    /// <summary>The kinds of case a follow-up asks about (the named kind first), or null when the line asks none.</summary>
    public static IReadOnlyList<CaseKind>? Asked(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        if (!Earlier().IsMatch(compactText) && !Status().IsMatch(compactText))
        {
            return null;
        }

        var match = KindWord().Match(compactText);
        if (!match.Success || !(Earlier().IsMatch(compactText) ? StatusOrBare().IsMatch(compactText) : Status().IsMatch(compactText)))
        {
            return null;
        }

        return match.Groups["k"].Value switch
        {
            "换货" or "换的" or "换新" => [CaseKind.Exchange],
            "退货" => [CaseKind.Return],
            "补发" or "补寄" or "重发" => [CaseKind.Reship],
            "维修" or "返修" => [CaseKind.Repair],
            _ => [CaseKind.Compensation],
        };
    }

    [GeneratedRegex("之前|上次|上回|前几天|前两天|前天|昨天|早上|刚才|那会|说好的|说要|说给我|答应")]
    private static partial Regex Earlier();

    [GeneratedRegex("(?<k>换货|换的|换新|退货|补发|补寄|重发|维修|返修|补偿)")]
    private static partial Regex KindWord();

    [GeneratedRegex("怎么样|进度|到哪|处理(得|的)?(怎么样|好|完)|有(结果|消息|进展)|还没(消息|动静|回复|结果|收到|发)|发了(吗|没|嘛)|寄了(吗|没)|寄出|办(好|完)了?(吗|没)|好了(吗|没)|呢$|结果")]
    private static partial Regex Status();

    [GeneratedRegex("怎么样|进度|到哪|处理|有(结果|消息|进展)|还没|发了|寄了|寄出|办(好|完)|好了|呢|结果|没(动静|消息)")]
    private static partial Regex StatusOrBare();
}

using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "哪天签收的我也忘了 反正是上上周", "上周三就收到了", "半个月前签的" about a shipped order while its no-reason return is
/// talked about: the day the goods were signed for, from which the 7-day window counts. It is answered with the window
/// from that day (past, still open, or on its edge, with where the exact day shows), never a parcel taken for lost.
/// </summary>
public static partial class ReceiptDayTold
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || !Signed().IsMatch(compact) || NotSigned().IsMatch(compact)
            || (state.LastFlow != IntentIds.NoReasonReturn && !ReturnTalk().IsMatch(compact))
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped or OrderStatus.Completed } order
            || SignedBetween(compact, ShanghaiTime.Today(context.Services.Time)) is not var (from, to))
        {
            return false;
        }

        var today = ShanghaiTime.Today(context.Services.Time);
        var fewest = today.DayNumber - to.DayNumber;
        var most = today.DayNumber - from.DayNumber;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Date] = from == to ? Day(from) : $"{Day(from)}到{Day(to)}之间",
        };
        state.ClearClarification();
        context.Say(fewest > NoReasonReturnFlow.WindowDays ? "no_reason_return.signed_past_window"
            : most <= NoReasonReturnFlow.WindowDays ? "no_reason_return.signed_within_window"
            : "no_reason_return.signed_window_edge", slots);
        return true;
    }

    /// <summary>
    /// "退不了就算了 那我留着吧", "那不退了 留着用" right after the window was told past (or on its edge): the goods are kept,
    /// said back kindly with the quality route still open; nothing recorded, no parcel searched, no person called.
    /// </summary>
    public static bool TryKeptPastWindow(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.NoReasonReturn || !Keeps().IsMatch(context.Compact) || ReturnsAfterAll().IsMatch(context.Compact)
            || state.SaidTemplates.LastOrDefault() is not { } last || !WindowClosedTemplates.Any(t => last.StartsWith(t, StringComparison.Ordinal))
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        state.ClearClarification();
        context.Say("no_reason_return.kept_past_window", context.SlotsOf(order));
        return true;
    }

    private static readonly string[] WindowClosedTemplates = [NoReasonReturnFlow.OutsideWindow, "no_reason_return.signed_past_window", "no_reason_return.signed_window_edge"];

    private static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    /// <summary>The first and last day the words allow: a day ("前天", "11月10号", "上周三"), a stretch ("上上周"), or "半个月前".</summary>
    private static (DateOnly From, DateOnly To)? SignedBetween(string compact, DateOnly today)
    {
        if (DateMentions.Find(compact, today).FirstOrDefault(d => !d.IsDeadline && d.Date <= today) is { } day)
        {
            return (day.Date, day.Date);
        }

        if (PeriodMentions.Find(compact, today).FirstOrDefault(p => p.From <= today) is { } period)
        {
            return (period.From, period.To < today ? period.To : today);
        }

        return HalfMonth().IsMatch(compact) ? (today.AddDays(-16), today.AddDays(-14)) : null;
    }

    [GeneratedRegex("签收|签的|签了|收到|收的货|到的货|拿到|到手")]
    private static partial Regex Signed();

    [GeneratedRegex("(没|没有|未|还没)(签|收到|到|拿到)|收到了吗|签收了吗|到了吗|快递员|派送|丢")]
    private static partial Regex NotSigned();

    [GeneratedRegex("无理由|七天|7天|退货|退掉|能退|可以退|退吗")]
    private static partial Regex ReturnTalk();

    [GeneratedRegex("留着|不退了|不退也行|那就不退|就不退|算了|自己用吧|凑合用")]
    private static partial Regex Keeps();

    [GeneratedRegex("还是(要|想)?退|(要|想|必须)退|质量|坏|破|问题|同事|人工")]
    private static partial Regex ReturnsAfterAll();

    [GeneratedRegex("半个月(前|之前|了)|半个多月(前|之前)")]
    private static partial Regex HalfMonth();
}

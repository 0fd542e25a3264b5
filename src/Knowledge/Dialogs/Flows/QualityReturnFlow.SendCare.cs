using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Once an exchange or a reshipment is recorded the buyer often asks how the new piece should leave: "发之前帮我检查一下",
/// "新的别再漏了", "包好一点", "周五要用". That is a wish on the record just made, never a new need nor a hold on
/// another order: it is written on the record in fixed terms, so the colleague who sends it reads it.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string CheckNote = "发出前检查";
    private const string PackNote = "包装加固";
    private const string CareNotePrefix = "（买家要求：";
    private const string NeededBySuffix = "前要用";
    private const string UrgentNote = "急用";

    /// <summary>"周五要用" as "11月27日（周五）前要用", "急 要送人的" as "急用"; null when the line says neither.</summary>
    private static string? NeededBy(FlowContext context) =>
        context.Facts.Cues.Deadline is { } day ? $"{SaidDates.Format(day)}{NeededBySuffix}"
        : context.Facts.Cues.IsUrgent || GiftInAHurry().IsMatch(context.Compact) ? UrgentNote
        : null;

    /// <summary>"要送人 周五要用": the day the goods are needed by goes on the record, so the colleague sends in time.</summary>
    private static void KeepNeededBy(FlowContext context)
    {
        if (NeededBy(context) is { } neededBy)
        {
            context.State.Values[NeededByKey] = neededBy;
        }
    }

    /// <summary>True when the wish was noted on the exchange or reshipment this chat recorded, and the buyer told so.</summary>
    public static async Task<bool> NotesSendCareAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || RecordedHere(state) is not { } orderNumber
            || context.Facts.OrderReferences.Any(r => r.OrderNumbers.Count > 0 && !r.OrderNumbers.Contains(orderNumber)))
        {
            return false;
        }

        var wishes = CareWishes(context);
        if (wishes.Count == 0
            || (await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.Exchange, CaseKind.Reship).ConfigureAwait(false)).LastOrDefault() is not { } recorded)
        {
            return false;
        }

        var description = recorded.Description ?? string.Empty;
        var noted = WithCare(description, wishes);
        if (noted != description)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, "买家补充了发货要求", cancellationToken).ConfigureAwait(false);
            await (recorded.Kind == CaseKind.Reship
                ? context.Actions.RequestReshipAsync(context.Turn, orderNumber, noted, recorded.PhotoUrls, cancellationToken)
                : context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, true, noted, recorded.PhotoUrls, cancellationToken)).ConfigureAwait(false);
        }

        state.OrderNumber = orderNumber;
        context.Say("quality_return.send_care_noted", new Dictionary<string, string?>
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Change] = string.Join("，", wishes.Select(Told)),
        });
        context.Finish();
        return true;
    }

    /// <summary>The wishes this line makes about the new piece, in the record's fixed terms ("发出前检查", "11月27日（周五）前要用").</summary>
    private static List<string> CareWishes(FlowContext context)
    {
        var compact = context.Compact;
        var wishes = new List<string>();
        if (CheckFirst().IsMatch(compact) || NotAgain().IsMatch(compact))
        {
            wishes.Add(CheckNote);
        }

        if (PackWell().IsMatch(compact))
        {
            wishes.Add(PackNote);
        }

        // "能换吗 要送人的 周五要用": the day the new piece is needed by. "周五前能到吗" asks about arrival and "能先发新的吗
        // 急着穿" asks for the new piece first, which are answered elsewhere; "急" is a wish beside another or a gift.
        var cues = context.Facts.Cues;
        var asksOther = cues.IsQuestion && !ExchangeWords().IsMatch(context.Normalized) && !ReshipWords().IsMatch(compact);
        if (NeededBy(context) is { } neededBy && (wishes.Count > 0 || ((cues.Deadline is not null || GiftInAHurry().IsMatch(compact)) && !asksOther))
            && !(cues.IsQuestion && AsksArrival().IsMatch(compact)) && !AsksNewFirst(compact))
        {
            wishes.Add(neededBy);
        }

        return wishes;
    }

    /// <summary>The record's description with the wishes added to those it already carries, each once.</summary>
    private static string WithCare(string description, List<string> wishes)
    {
        var start = description.IndexOf(CareNotePrefix, StringComparison.Ordinal);
        var end = start < 0 ? -1 : Closing(description, start);
        var (text, before) = end < 0 ? (description, new List<string>())
            : (description[..start] + description[(end + 1)..],
                description[(start + CareNotePrefix.Length)..end].Split('、', StringSplitOptions.RemoveEmptyEntries).ToList());
        // A new day replaces the one noted, and a day said replaces "急用".
        if (wishes.Any(w => w.EndsWith(NeededBySuffix, StringComparison.Ordinal)))
        {
            before.RemoveAll(w => w.EndsWith(NeededBySuffix, StringComparison.Ordinal) || w == UrgentNote);
        }

        var all = before.Concat(wishes).Distinct(StringComparer.Ordinal).ToList();
        return $"{text}{CareNotePrefix}{string.Join('、', all)}）";
    }

    /// <summary>Where the note opened at <paramref name="start"/> closes, past the dates' own brackets ("（周五）"); -1 when it does not.</summary>
    private static int Closing(string description, int start)
    {
        var depth = 0;
        for (var i = start; i < description.Length; i++)
        {
            depth += description[i] switch { '（' => 1, '）' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How the buyer hears a wish noted: in plain words.</summary>
    private static string Told(string wish) => wish switch
    {
        CheckNote => "新的发出前先检查一遍",
        PackNote => "包装多加固一些",
        UrgentNote => "您着急用，尽快安排",
        _ => wish,
    };

    // "检查下再发", "发之前帮我看一下", "寄出前验一下货", "测好了再寄".
    [GeneratedRegex("(?:检查|查看|看看|看一下|看下|验一下|验下|验货|试一下|试下|测一下|测试|测好)[^,，。;；]{0,6}?(?:再|后|了再|好再|完再|然后)(?:发|寄)|(?:发|寄|发货|寄出|发出)(?:之前|前|以前)[^,，。;；]{0,6}?(?:检查|查看|看看|看一下|看下|验|试|测)|仔细检查|好好检查")]
    private static partial Regex CheckFirst();

    // "要送人的 急": a lone 急 the cues do not count as urgent, said of a gift.
    [GeneratedRegex("(?:送人|送礼|礼物|送朋友|送给)[^。!！]{0,10}(?<!不|不着)急|(?<!不|不着)急[^。!！]{0,10}(?:送人|送礼|礼物|送朋友|送给)")]
    private static partial Regex GiftInAHurry();

    [GeneratedRegex("到|来得及|赶得上|赶得及|多久|几天|什么时候")]
    private static partial Regex AsksArrival();

    // "新的别再漏了", "这次可别再坏了", "别又发错".
    [GeneratedRegex("(?:别|不要|不能|可别|千万别)(?:再|又)(?:漏|坏|碎|破|裂|错|发错|少|缺|有问题|出问题|是坏的|是次品|有瑕疵)")]
    private static partial Regex NotAgain();

    // "包好一点", "多包几层", "加点泡沫".
    [GeneratedRegex("(?:包|包装|打包)(?:好|结实|严实|仔细|牢)|多包(?:几|一)层|(?:加|多)(?:个|点|些|几层)?(?:泡沫|气泡|防震|纸箱)")]
    private static partial Regex PackWell();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A short question right after this conversation recorded a return, exchange, reship, repair or compensation: "运费谁出",
/// "寄到哪", "用什么快递寄回去", "那要几天", "能补多少". It is about that case, so it is answered from the case's kind (who
/// pays postage, whether anything goes back, where, with which courier, what comes next), never with the policy text
/// for every case, an order list, a courier choice for a new order or a tracking line.
/// </summary>
public static partial class CaseQuestion
{
    private const string Area = "listen_followups";

    /// <summary>Longer lines carry a need of their own; a follow-up in context is short.</summary>
    private const int MaxLength = 18;

    private static readonly CaseKind[] Kinds = [CaseKind.Return, CaseKind.Exchange, CaseKind.Reship, CaseKind.Repair, CaseKind.Compensation];

    /// <summary>"要几天", "修要多久": how long the case takes is asked.</summary>
    public static bool AsksDays(string compactText) => Days().IsMatch(compactText ?? string.Empty);

    /// <summary>What a short line asks about a case, or null.</summary>
    public static CaseAsked? Read(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        if (compactText.Length > MaxLength)
        {
            return null;
        }

        return compactText switch
        {
            _ when Reply().IsMatch(compactText) => CaseAsked.Reply,
            _ when Pickup().IsMatch(compactText) => CaseAsked.Pickup,
            _ when Postage().IsMatch(compactText) => CaseAsked.Postage,
            _ when Courier().IsMatch(compactText) => CaseAsked.Courier,
            _ when Address().IsMatch(compactText) && !compactText.Contains('改', StringComparison.Ordinal) => CaseAsked.Address,
            _ when Days().IsMatch(compactText) => CaseAsked.Days,
            _ when Amount().IsMatch(compactText) => CaseAsked.Amount,
            _ when Check().IsMatch(compactText) => CaseAsked.Check,
            _ when Steps().IsMatch(compactText) => CaseAsked.Steps,
            _ => null,
        };
    }

    public static async Task<bool> TryAnswerAsync(FlowContext context, decimal maxCompensation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || Read(context.Compact) is not { } asked
            || (QualityReturnFlow.RecordedHere(state) ?? state.LastOrderNumber) is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var recorded = (await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(c => c.Status == CaseStatus.Open && c.ConversationId == context.Input.ConversationId && Kinds.Contains(c.Kind));
        if (recorded is null || Situation(asked, recorded) is not { } situation)
        {
            return false;
        }

        state.ClearClarification();
        if (recorded.Kind == CaseKind.Compensation && asked == CaseAsked.Amount)
        {
            CompensationSumTold.Say(context, context.SlotsOf(order), recorded, $"{Area}.{situation}");
        }
        else
        {
            var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
            {
                [Templates.TemplateSlots.Amount] = maxCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            };
            context.Say($"{Area}.{situation}", slots);
            // "寄回去修要多久 来回运费你们出吧": the time asked beside the postage is answered too, never dropped.
            if (asked == CaseAsked.Postage && Days().IsMatch(context.Compact) && Situation(CaseAsked.Days, recorded) is { } days)
            {
                context.Say($"{Area}.{days}", slots);
            }
        }

        state.LastOrderNumber = number;
        return true;
    }

    /// <summary>The answer for what is asked about a case of this kind; null where another answer knows better (refund days).</summary>
    public static string? Situation(CaseAsked asked, CaseRecord recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var ownCost = recorded.Description?.Contains("非质量", StringComparison.Ordinal) == true;
        // Another colour or size sent is the shop's mistake: postage on the shop, and never called a quality problem.
        var sentWrong = recorded.Description?.StartsWith(QualityProblems.Label(QualityProblem.WrongItem), StringComparison.Ordinal) == true;
        return (asked, recorded.Kind) switch
        {
            // "能不能快点回复" while a colleague decides the case: who has it and where they answer, never a menu of needs.
            (CaseAsked.Reply, _) => "case_reply_waits",
            (CaseAsked.Postage, CaseKind.Reship) => "reship_postage",
            (CaseAsked.Postage, CaseKind.Compensation) => "compensation_nothing_back",
            // A repair under warranty: the policy puts both legs on the shop, the parcel in and the one back.
            (CaseAsked.Postage, CaseKind.Repair) when !ownCost => "repair_postage",
            (CaseAsked.Postage, _) => ownCost ? "return_postage_buyer" : sentWrong ? "return_postage_wrong_item" : "return_postage_shop",
            (CaseAsked.Address, CaseKind.Reship) => "reship_address",
            (CaseAsked.Address, CaseKind.Compensation) => "compensation_nothing_back",
            (CaseAsked.Address, _) => "return_address",
            (CaseAsked.Courier, CaseKind.Reship) => "reship_courier",
            (CaseAsked.Courier, CaseKind.Compensation) => "compensation_nothing_back",
            (CaseAsked.Courier, _) => ownCost ? "return_courier_buyer" : sentWrong ? "return_courier_wrong_item" : "return_courier_shop",
            (CaseAsked.Pickup, CaseKind.Reship) => "reship_postage",
            (CaseAsked.Pickup, CaseKind.Compensation) => "compensation_nothing_back",
            (CaseAsked.Pickup, _) => ownCost ? "return_pickup_buyer" : "return_pickup_shop",
            (CaseAsked.Days, CaseKind.Reship) => "reship_days",
            (CaseAsked.Days, CaseKind.Exchange) => "exchange_days",
            (CaseAsked.Days, CaseKind.Repair) => "repair_days",
            (CaseAsked.Days, CaseKind.Compensation) => "compensation_days",
            (CaseAsked.Amount, CaseKind.Compensation) => "compensation_amount",
            (CaseAsked.Check, CaseKind.Reship or CaseKind.Exchange) => "new_goods_check",
            // "到了以后怎么弄" about an exchange or return: the steps of that case, never a choice between repair and return.
            (CaseAsked.Steps, CaseKind.Exchange) => ownCost ? "exchange_steps_buyer" : "exchange_steps_shop",
            (CaseAsked.Steps, CaseKind.Return) => ownCost ? "return_steps_buyer" : "return_steps_shop",
            _ => null,
        };
    }

    [GeneratedRegex("(?:快点|快些|快一点|尽快|赶紧|赶快|早点)(?:给我)?(?:回复|回我|回一下|答复|回话|处理|给(?:个|我)?(?:答复|回复|结果|说法))|(?:怎么|咋)还?(?:没|不)(?:人)?(?:回|理|处理)|(?:什么时候|啥时候|多久)(?:能|才)?(?:回复|回我|答复|有(?:人)?(?:回|理|结果|答复)|给(?:个|我)?(?:答复|回复|结果))")]
    private static partial Regex Reply();

    [GeneratedRegex("上门取|上门来取|来取件|上门收|上门揽收|预约取件|来家里取")]
    private static partial Regex Pickup();

    [GeneratedRegex("运费|邮费|快递费|寄费|运输费")]
    private static partial Regex Postage();

    [GeneratedRegex("(什么|哪家|哪个|啥|哪种)快递|韵达|顺丰|中通|圆通|申通|极兔|邮政|京东|德邦|寄付|到付")]
    private static partial Regex Courier();

    [GeneratedRegex("寄(到|去|回)?哪|退(到|回)?哪|发(到|去)?哪|地址|收件人|寄给谁|寄回给谁")]
    private static partial Regex Address();

    [GeneratedRegex("(几天|多久|多长时间|什么时候|啥时候|哪天|多少天)")]
    private static partial Regex Days();

    [GeneratedRegex("多少|几块|几元|几毛|能补|给多少|赔多少")]
    private static partial Regex Amount();

    [GeneratedRegex("检查|验货|验收|核对|清点|当面(拆|开|看|验)|拆开看|要注意(什么|啥)")]
    private static partial Regex Check();

    // "到了以后怎么弄", "直接寄回来吗", "然后呢 我要干嘛", "流程是啥", "怎麼操作" (folded).
    [GeneratedRegex("怎么(弄|办|操作|搞|寄|退|换|申请)|(直接|自己)寄(回|过)?(来|去)?(吗|么|嘛|就行|就可以)|寄回(来|去)就(行|可以|好)|然后呢|(要|该)(干|做)(嘛|什么|啥)|流程|步骤")]
    private static partial Regex Steps();
}

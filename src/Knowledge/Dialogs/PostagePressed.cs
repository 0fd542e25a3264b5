using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我不管 反正运费我不出" after the buyer's own postage for a return or exchange of goods without a fault was already
/// told on that order: the rule is not said a second time. The bot cannot waive it, so a person takes the dispute up.
/// </summary>
public static partial class PostagePressed
{
    /// <summary>Why a person is called: the buyer keeps disputing the postage the policy puts on them.</summary>
    public const string Reason = "postage_disputed";

    private static readonly string[] OwnPostageTold =
    [
        "policy_topics.exchange_postage", "listen_followups.return_postage_buyer", "no_reason_return.postage_disputed",
        "no_reason_return.return_postage_buyer", "quality_return.size_as_ordered_again",
    ];

    public static bool TryHandOver(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || !OwnPostageTold.Any(told => context.Told(told, number))
            || !(NoReasonReturnFlow.DisputesPostage(context.Normalized) || WontPay().IsMatch(context.Compact))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        state.ClearClarification();
        context.Say("handoff.postage_pressed", context.SlotsOf(order));
        context.NeedPerson(Reason);
        return true;
    }

    // "反正运费我不出", "运费我是不会出的", "我不出这个运费", "凭啥我掏运费": the buyer refuses the postage outright.
    [GeneratedRegex("(运费|邮费|快递费)[^,，。!！?？]{0,4}不(会)?(出|付|掏|承担)|不(出|付|掏|承担)(这个|这笔|什么)?(运费|邮费|快递费)|(凭啥|凭什么)[^,，。]{0,4}(运费|邮费|快递费)")]
    private static partial Regex WontPay();
}

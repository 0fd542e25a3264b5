using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "是收到以后再申请换货吗 运费怎么算" after a size exchange was talked through: the exchange's postage (the buyer sends it
/// back, the shop sends the new size) and when to apply, never a no-reason return with the first shipping deducted.
/// </summary>
public static partial class PolicyTopics
{
    private static readonly string[] ExchangeTold =
        ["no_reason_return.exchange_once_received", "no_reason_return.exchange_recorded", "no_reason_return.exchange_recorded_unlisted"];

    private static bool ExchangePostage(FlowContext context, string orderNumber, IReadOnlyDictionary<string, string?> slots)
    {
        var exchanged = ExchangeWords().IsMatch(context.Compact) || ExchangeTold.Any(t => context.Told(t, orderNumber));
        if (!exchanged || ReturnWords().IsMatch(context.Compact) || context.Told(Flows.NoReasonReturnFlow.OutsideWindow, orderNumber))
        {
            return false;
        }

        context.Say("policy_topics.exchange_postage", slots);
        return true;
    }

    [GeneratedRegex("换货|换成|换[个一]?(?:[a-z0-9]{1,3}|大|小)(?:码|号)|换(?:尺码|码|号|颜色)")]
    private static partial Regex ExchangeWords();

    [GeneratedRegex("退货|退款|退钱|退掉|退了")]
    private static partial Regex ReturnWords();

    // "我没买运费险", "运费险没买": the buyer says they hold no return-postage insurance.
    [GeneratedRegex("(?:没|没有|没买|没有买|没上|没投|不买)(?:退货)?(?:运费)?险|运费险(?:没|没有)(?:买|上|投)")]
    private static partial Regex Uninsured();
}

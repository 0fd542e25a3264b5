using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你们这服务也太慢了吧", "你们客服咋回事 查半天查不到", "你们这样不太厚道吧": the buyer grumbles at the service or a rule, threatening nothing and asking for
/// nobody. She hears a short apology and the bot keeps answering (a product none of her orders holds is said not found
/// again, with the way to find it), never a complaint handed to a supervisor. A threat, the boss asked for or a person
/// asked for still goes the complaint's or the handover's way, and a grumble that names a parcel, a refund or a fault is
/// left to that need's flow.
/// </summary>
public static partial class MildGrumble
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Compact;
        // "你们怎么回事" as the first line asks what happened, which is asked back; after an answer it grumbles at it.
        // "两个小时就降20 这也太坑了吧" names the drop, which the price answers take with its sum.
        var atRule = AtRule().IsMatch(text) && !SumOrDrop().IsMatch(text);
        if (context.State.LastReplies.Count == 0 || !(atRule || Grumbles().IsMatch(text)) || QueuedComplaint.Heard(context.Normalized) || NamesANeed().IsMatch(text)
            || QualityProblems.NamesAProblem(context.Normalized))
        {
            return false;
        }

        var state = context.State;
        state.ClearClarification();
        if (state.ActiveFlow is null && state.UnownedItem is { } item)
        {
            context.Say("complaint.grumble_unowned", new Dictionary<string, string?>(StringComparer.Ordinal) { [TemplateSlots.ItemTitle] = item });
            return true;
        }

        // "你们这样不太厚道吧" after a rule was told: polite, the rule said once more with what the buyer can still do.
        context.Say(!atRule ? "complaint.grumble_sorry" : PriceDifferenceDemand.Told(state) ? "complaint.grumble_price_rule" : "complaint.grumble_rule");
        if (state.ActiveFlow is not null && state.Step is not null)
        {
            QuestionAside.Resume(context);
        }

        return true;
    }

    // The service itself called slow or poor, "咋回事" at the staff, a search that "took ages and found nothing".
    [GeneratedRegex("(?:服务|客服|效率|速度|回复|回消息|办事|处理)(?:也|真|太|好|这么|那么|有点|可)*(?:慢|差|不行|敷衍|磨叽|墨迹|拖拉|低)|(?:客服|你们|你)(?:这|这个|这边)?(?:是)?(?:咋|怎么)回事|查(?:了)?(?:半天|这么久|老半天|好久)(?:都|也|还)?(?:没)?(?:查)?(?:不到|没查到|查不出)|半天(?:都|也)?查不(?:到|出)|什么(?:破)?服务(?:啊|呀|嘛)?$")]
    private static partial Regex Grumbles();

    // "不太厚道", "有点不地道", "太坑了吧", "这说不过去": the rule just told called unfair, with no threat and nobody asked for.
    [GeneratedRegex("不(?:太|怎么|够|大)?(?:厚道|地道)|太坑|坑人|坑爹|说不过去|說不過去|不讲理|霸王条款|不公平")]
    private static partial Regex AtRule();

    [GeneratedRegex("[0-9]|降|差价|便宜")]
    private static partial Regex SumOrDrop();

    // A need said beside the grumble ("发货也太慢了", "退款处理太慢") is that need's, answered by its flow.
    [GeneratedRegex("发货|发出|物流|快递|包裹|到货|退款|退货|退钱|换货|发票|地址|人工|真人|转人|投诉|差评|赔")]
    private static partial Regex NamesANeed();
}

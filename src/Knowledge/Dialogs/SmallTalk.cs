using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "成都今天好冷哦 哈哈 等着用新枕套", "今天心情超好 嘻嘻": the buyer chats, asking nothing the policies answer. A warm
/// word back and an offer to go on, never "这个我还不太会" as if a question had failed (which two in a row would hand over).
/// </summary>
internal static partial class SmallTalk
{
    public static bool TrySay(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!Chat().IsMatch(compact) || Asks().IsMatch(compact))
        {
            return false;
        }

        context.Say(Cold().IsMatch(compact) ? "other.small_talk_cold" : "other.small_talk");
        return true;
    }

    // The weather, a mood, a laugh, goods looked forward to: chat, whatever else the line holds.
    [GeneratedRegex("(?:好|太|真|超|有点|有些|特别|挺)(?:冷|热|晒|闷)|降温|下(?:雨|雪)|天气|冻死|热死|哈哈|嘻嘻|嘿嘿|呵呵|开心|高兴|心情|期待|等着用|盼着|迫不及待")]
    private static partial Regex Chat();

    // A question, a complaint or a word of the order beside the chat is a need, which its flow, the guess or the
    // fallback handles ("快递好慢 哈哈" is a chase).
    [GeneratedRegex("[吗嘛么呢?？]|怎么|咋|多少|什么|啥|哪|几|能不能|可不可以|有没有|是不是|坏|破|差|烂|退|换|投诉|差评|快递|物流|包裹|发货|没发|没到|还没|慢|催|单号|订单|钱|款|发票|地址|电话|尺码|颜色|人工|客服")]
    private static partial Regex Asks();

    [GeneratedRegex("冷|降温|下雪|冻")]
    private static partial Regex Cold();
}

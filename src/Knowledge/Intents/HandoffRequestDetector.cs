using System.Text.RegularExpressions;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Recognises a buyer asking for a person (人工客服, 转人工, 真人, 人工服务 and their variants), independently of
/// the model: asking for a person is the buyer's right, so this check runs first and does not depend on training.
/// It reads the compacted text, so Traditional forms, full-width letters, spacing and punctuation do not hide a request.
/// </summary>
public sealed partial class HandoffRequestDetector(TextNormalizer normalizer)
{
    public bool IsHandoffRequest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = BenignCompound().Replace(normalizer.Compact(text), "_");
        return Request().IsMatch(compact);
    }

    // 人工 on its own is how buyers ask for a person in a shop chat; the exceptions are the words below.
    [GeneratedRegex(
        "人工|转人|真人|活人|真的人|人类客服|真客服|找个人|换个人|叫个人|来个人|来个真|接线员|坐席|座席" +
        "|(找|叫|要|换|转|接|联系|呼叫|请)(你们)?(的)?(客服|掌柜|店主|店长|老板|主管|经理|小二)" +
        "|客服(呢|在哪|出来|人呢)" +
        "|(不要|别|不想|不跟|不和|不用|讨厌|换掉|受不了)(跟|和|用)?(这个)?(你这个)?(智能)?机器人" +
        "|机器人(滚|走开|闭嘴|听不懂|没用)" +
        "|rengong|zhuanrengong|zhenren|kefu|human|realperson|liveagent|talktoaperson|talktoahuman|agentplease")]
    private static partial Regex Request();

    // Words that contain 人工 or 真人 without asking for a person; they are blanked out before matching.
    [GeneratedRegex("人工(费|智能|合成|草坪|湖|降雨|成本|材料|皮革|宝石|钻石|养殖|种植|染色|香精)|真人(秀|版|尺寸|实拍|图|照片|视频)")]
    private static partial Regex BenignCompound();
}

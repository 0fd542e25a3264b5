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
        var compact = Refusal().Replace(BenignCompound().Replace(normalizer.Compact(text), "_"), "_");
        return Request().IsMatch(compact);
    }

    /// <summary>The compacted text with its words asking for a person taken out ("转人工 你们到底发没发" → the question).</summary>
    public static string WithoutRequest(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Request().Replace(compactText, string.Empty);
    }

    /// <summary>
    /// The text without the buyer's refusal of a person ("不用转人工", "别给我转人工", "先不要人工"), or null when it
    /// refuses none.
    /// </summary>
    public string? WithoutRefusal(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return Refusal().IsMatch(compact) ? Refusal().Replace(compact, " ") : null;
    }

    // 人工 on its own is how buyers ask for a person in a shop chat; the exceptions are the words below.
    [GeneratedRegex(
        "人工|转人|真人|活人|真的人|人类客服|真客服|找个人|换个人|叫个人|来个人|来个真|接线员|坐席|座席" +
        // 找人给我查, 找人来处理, 叫人来看看: someone, not the bot, is to look.
        "|(找|叫|派|安排)(个|一个)?人(来|给我|帮我|过来|看|查|处理|跟进|核实)" +
        "|(找|叫|要|换|转|接|联系|呼叫|请|让)(个|一个|位|一位)?(你们)?(的)?(客服|掌柜|店主|店长|老板|主管|经理|小二)" +
        // 我要跟人说话, 让我和人聊, 客服小姐姐呢: a person named in other words.
        "|(跟|和|同)(个|一个|你们的?)?(真的?|活的?)?人(说话|聊|谈|沟通|对话|讲话|说句话)|客服(小姐姐|小哥哥|小姐|姐姐|妹妹|mm)" +
        "|(有没有|有没)(个)?人(管|理|回|处理|能)|(没人|没有人)(管|理|回|处理)(吗|啊|呀|嘛|么)|^(你们)?(的)?人(都)?(呢|在哪|去哪了)$" +
        "|客服(呢|在哪|出来|人呢)" +
        "|(不要|别|不想|不跟|不和|不用|讨厌|换掉|受不了)(跟|和|用)?(这个)?(你这个)?(智能)?机器人" +
        "|机器人(滚|走开|闭嘴|听不懂|没用)" +
        // Refusing the machine in other words; 机器 alone must be about talking (不要用机器洗 is laundry advice).
        "|(不要|不想|不愿意?|别|不用|不跟|不和|讨厌|受不了)(再)?(跟|和|同|让|用)?(这个|你这个|你们的?)?(智能)?(机器人|机器(说|聊|讲|回|答|对话|客服|$)|程序(说|聊|回|答)|ai(?![a-z])|自动回复|智能客服)" +
        // Someone who can decide: 找个能做主的, 叫能说了算的人来, 让管事的来, 叫你们老板来.
        "|(找|叫|请|让|换)(个|一个)?(能|可以)?(做主|说了算|拍板)|(找|叫|请|让|来)(个|一个)?管事的" +
        "|(找|叫|换|转|接|联系|呼叫|请|让)(你们)?(的)?(负责人|领导|售后专员|老板娘|老板|掌柜|店长|主管|经理|上级)" +
        "|(跟|和|同)(你们)?(的)?(负责人|领导|老板|掌柜|店长|主管|经理|上级)(说|谈|聊|讲|沟通|对话|反映)" +
        // 你们领导呢, 负责人在哪: someone above the bot called for (老板在吗 is how buyers greet the shop, so not 老板).
        "|(负责人|领导|主管|经理|店长|上级)(呢|在哪|在吗|出来)" +
        // 给我转个能说话的人, 换个听得懂的: a person who can talk, in other words.
        "|(转|换|找|叫|来|要)(个|一个)(能|会)?(说话|沟通|交流|听得懂|听懂|懂)的(人|客服|来)?" +
        "|(安排|叫|请|让|找)(一个|个)?(售后)?同事(跟|和|来|联系|对接|处理)|懂人话的|个活的|活的来" +
        // 帮我问一下同事, 你去问问售前, 麻烦咨询下懂的人: the bot is to pass the question to a person, not answer it.
        "|(帮我|替我|给我|你去|麻烦你?|能不能|可以)(去)?(问|咨询|请教)(问|一下|下)?(你们)?(的)?(同事|售前|懂的人|技术)" +
        // 不是机器那种, 要个不是机器人的; a call asked for, or typing given up on: only a person can do either.
        "|不是机器|(?<![员哥机他她递])(能不能|可不可以|能|可以|麻烦|请|直接)(你们)?(给我)?(打|回)(个|一个)?电话(给我|过来|吧|吗|呗)" +
        "|(?<![员哥机他她递都没会])给我(回|打)(个|一个)?电话(吧|吗|呗|行吗|好吗)|(?<!快递)(电话|语音)(联系|沟通)我?(吧|吗|呗)|打字(说|讲)不清" +
        "|rengong|zhuanrengong|zhenren|kefu|human|realperson|liveagent|talktoaperson|talktoahuman|agentplease|buyaojiqiren|zhaolaoban")]
    private static partial Regex Request();

    // A refusal of a person: 不用转人工, 别给我转人工, 先不要人工, 不需要找客服, 用不着真人.
    [GeneratedRegex("(先|暂时|还)?(不用|不要|别|甭|不需要|无需|没必要|用不着|不必|不想)(再)?(给我|帮我|替我)?((转|找|叫|接|换|让)(到)?(个)?(人工|真人|客服|人)|人工|真人)(客服|服务)?(了)?")]
    private static partial Regex Refusal();

    // Words that contain 人工 or 真人 without asking for a person, and "派人来装" (someone to assemble the goods at home,
    // which the installation answers); they are blanked out before matching.
    [GeneratedRegex("人工(费|智能|合成|草坪|湖|降雨|成本|材料|皮革|宝石|钻石|养殖|种植|染色|香精)|真人(秀|版|尺寸|实拍|图|照片|视频)"
        + "|(派|找|叫|安排)(个|一个)?(人|师傅)(来|过来)?(上门|家里|到家|我家)?(来)?(帮我)?(装|安装|组装|拼装)")]
    private static partial Regex BenignCompound();
}

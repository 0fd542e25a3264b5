using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Usage questions on one product: "杯子能装牛奶吗" then "热汤呢", "可乐行不" keeps the product and the kind of question
/// (what the title does not give is the manual's and the product page's, said once, then shortly); "台灯咋调亮度" gets
/// the three-level dimming the title names and the manual for the buttons; "说明书丢了" after that brings a colleague
/// with the electronic manual, as the installation policy offers.
/// </summary>
public static partial class ProductQuestion
{
    private const string UsagePrefix = Area + ".usage_";
    private const string LampDimming = Area + ".lamp_dimming";
    private const string LampOneLevel = LampDimming + "_one_level";
    private const string Lamp = "lamp";

    /// <summary>Why a person is called: the buyer lost the manual and a colleague sends the electronic one.</summary>
    public const string ManualCopy = "manual_copy";

    /// <summary>Longest line read as half a question following a usage answer up ("碳酸饮料行不行").</summary>
    private const int ElidedLength = 12;

    private static bool AnswersUsage(FlowContext context)
    {
        var compact = context.Compact;
        var lastQuestion = context.State.LastQuestion is { } last ? CompactText.Of(last.ToLowerInvariant()) : null;
        var lampTold = context.State.Told(LampDimming, null) || context.State.Told(LampDimming + "_more", null) || context.State.Told(LampOneLevel, null);
        var afterUsage = lampTold || (lastQuestion is not null && Usage().IsMatch(lastQuestion) && !OtherTopic().IsMatch(lastQuestion));
        var category = CareQuestion.Category(compact);
        if (Dimming().IsMatch(compact) && !Fault().IsMatch(compact) && !Flows.QualityProblems.StaysAtOneLevel(compact) && (category == Lamp || (category is null && lampTold)))
        {
            var manualLost = ManualLost().IsMatch(compact);
            // "怎麼調光 按了半天只有一個亮度": how the three levels go, and a video if it really stays at one (a fault, never a reship).
            context.Say(manualLost ? LampDimming + "_manual_lost"
                : Flows.QualityProblems.SeesOneLevel(compact) && !context.State.Told(LampOneLevel, null) ? LampOneLevel
                : lampTold ? LampDimming + "_more" : LampDimming);
            if (manualLost)
            {
                context.NeedPerson(ManualCopy);
            }

            context.MarkAnswered(context.Text);
            return true;
        }

        // "说明书早扔了 有没有视频教一下" asks about a video too, which the installation answer tells.
        if (ManualLost().IsMatch(compact) && afterUsage && !compact.Contains("视频", StringComparison.Ordinal))
        {
            context.Say(Area + ".manual_copy");
            context.NeedPerson(ManualCopy);
            return true;
        }

        var elided = Trailing().Replace(compact, string.Empty);
        if (!afterUsage || elided.Length > ElidedLength || !Elided().IsMatch(elided) || OtherTopic().IsMatch(elided) || Fault().IsMatch(elided)
            || Agreement.IsBare(compact) || Acknowledged().IsMatch(elided))
        {
            return false;
        }

        var kind = category ?? (lastQuestion is null ? null : CareQuestion.Category(lastQuestion)) ?? FocusCategory(context);
        var toldBefore = context.State.SaidAnyOf(UsagePrefix);
        context.Say(toldBefore ? UsagePrefix + "again" : UsagePrefix + (kind is "cup" or "tableware" ? kind : "general"));
        // The question followed up stays the one answered, so a third half-sentence still follows it.
        context.MarkAnswered(context.State.LastQuestion ?? context.Text);
        return true;
    }

    /// <summary>What a usage question asks: what goes in, where it goes, how it is used or dimmed.</summary>
    [GeneratedRegex("装|能放|放进|能进|微波炉|烤箱|洗碗机|蒸|冰箱|冷冻|开水|热水|保温(多|几|效果|时间)|保冷|调光|亮度|档|怎么用|咋用|用法|能用|可以用|泡")]
    private static partial Regex Usage();

    /// <summary>"热汤呢", "可乐行不", "那烤箱可以吗": half a question, the rest taken from the one before.</summary>
    [GeneratedRegex("^(那|那么|要是|如果)?.{1,9}?(呢|行不行|行不|行吗|行么|可以吗|可以不|可以么|可不可以|能行吗|也行吗|也可以吗|ok吗|能装吗|能放吗|能用吗|可以装吗|能不能装|能进吗)$")]
    private static partial Regex Elided();

    [GeneratedRegex("[?？!！。.,，~～…]+$")]
    private static partial Regex Trailing();

    /// <summary>Words of another need: an order, money or a return is never half a usage question.</summary>
    [GeneratedRegex("退|换|发货|快递|物流|发票|运费|邮费|钱|价|券|地址|订单|单号|到哪|修|保修|人工|客服|寄|发到|送到|能发|几天")]
    private static partial Regex OtherTopic();

    [GeneratedRegex("调光|调亮|调暗|亮度|调档|换档|档位|几档|三档|亮一点|暗一点|亮一些|暗一些")]
    private static partial Regex Dimming();

    /// <summary>"调不了光", "灯闪", "没反应": a fault of the lamp, for the quality flow.</summary>
    [GeneratedRegex("坏|不亮|闪|失灵|没反应|不管用|调不了|调不动|不能调|不好使|漏|裂|破")]
    private static partial Regex Fault();

    /// <summary>"好的呢", "知道了呢": the answer taken, no half question.</summary>
    [GeneratedRegex("谢|好的|好吧|知道|明白|收到|嗯|哦")]
    private static partial Regex Acknowledged();

    [GeneratedRegex("说明书.{0,6}(丢|扔|没了|找不到|不见|弄没|没有了)|(丢|扔|没)了?说明书|没有说明书")]
    private static partial Regex ManualLost();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What a buyer says right after this chat recorded a quality case, which the record alone does not answer: the worry
/// that the new one fails too ("是不是这批都这样", "换了还掉咋办"), "咋办" (what happens next for this kind of case and what
/// can still be chosen), displeasure ("什么破质量": an apology and what is being done; a supervisor when it goes on),
/// when it was bought ("上个月买的": a quality problem is handled past the seven days too) and photos put off ("我在上班
/// 现在拍不了照"), a photo offered ("快递面单我拍了照 要的话发你": taken for the colleague's check) and when a result comes
/// ("多久有结果": no day promised). Never "已经登记过" alone, a menu of topics or the washing text for an angry line.
/// </summary>
public static partial class RecordedCaseTalk
{
    private const string Area = "after_record";
    private const string AngerTemplate = Area + ".anger";

    /// <summary>The situation of photos the buyer says were sent for the case recorded here.</summary>
    public const string PhotosSaidSent = "photo_said_sent";

    /// <summary>
    /// True when the buyer said, after the case was recorded here, that the photos for it were sent: answered here, or
    /// by <see cref="AlreadyDone"/> ("图片刚才发过了").
    /// </summary>
    public static bool PhotosToldSent(DialogState state, string orderNumber) =>
        state.Told(Area + "." + PhotosSaidSent, orderNumber) || state.Told("listen_menus.photo_sent_case_without", orderNumber);

    // Longer lines carry a need of their own; "咋办" and "上个月买的" are a few words.
    private const int MaxShortLength = 14;

    // Cloth wears the way the buyer fears again; a lamp's or a cup's care text would not answer that worry.
    private static readonly string[] WashedCategories = ["bedding", "silk", "towel", "tshirt", "down_coat", "socks", "tote"];

    /// <summary>True when the line was answered; a supervisor is then asked for when displeasure goes on.</summary>
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || context.Input.PhotoUrls.Count > 0 || QualityReturnFlow.RecordedHere(state) is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number))
        {
            return false;
        }

        var situation = Read(compact, context.Facts.Cues.IsQuestion, context.Normalized);
        if (situation is null)
        {
            return false;
        }

        var recorded = (await OpenCases.HereAsync(context, number, cancellationToken, QualityReturnFlow.QualityKinds).ConfigureAwait(false)).LastOrDefault();
        if (recorded is null)
        {
            return false;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        var slots = SlotsOf(number, recorded);
        var description = recorded.Description ?? string.Empty;
        switch (situation)
        {
            case "anger" when state.SaidAnyOf(AngerTemplate) || description.Contains(RefundStanding.ClosedBeforeNote, StringComparison.Ordinal):
                // Still displeased after the apology, or angry at a refund the shop already closed ("卖坏东西还不认"): a
                // supervisor looks at it, as any complaint.
                context.Say("complaint.acknowledge");
                context.NeedPerson(AnswerFlows.ComplaintReason);
                break;
            case "anger":
                context.Say(AngerTemplate, slots);
                break;
            case "worry":
                context.Say(Area + (recorded.Kind switch { CaseKind.Exchange or CaseKind.Reship => ".worry_new", CaseKind.Repair => ".worry_repair", _ => ".worry" }), slots);
                if (context.Services.Orders.Find(context.Input.BuyerId, number) is { } order
                    && CareQuestion.Category(order.Title.ToLowerInvariant()) is { } category && WashedCategories.Contains(category))
                {
                    context.Say("care." + category);
                }

                break;
            case "when_sent" when recorded.Kind is CaseKind.Reship or CaseKind.Exchange:
                context.Say(Area + ".when_sent", slots);
                break;
            case "when_result":
                context.Say(Area + ".when_result", slots);
                break;
            case "what_now" or "when_sent":
                context.Say(WhatNowTemplate(recorded.Kind, description), slots);
                break;
            case "photo_asked" when recorded.Kind == CaseKind.Reship && description.StartsWith(QualityProblems.Label(QualityProblem.Missing), StringComparison.Ordinal):
                // Nothing missing can be photographed: the label or package helps, and none is needed.
                context.Say("quality_return.reship_photo_asked", slots);
                break;
            case "photo_offered" when AlreadyDone.PhotoSent(compact):
                // "照片已经发你了 你看下": taken as sent; the case's later steps never ask for them again.
                context.Say(Area + "." + PhotosSaidSent, slots);
                break;
            case "photo_offered" or "photo_asked":
                context.Say(Area + ".photo_offered", slots);
                break;
            case "bought_when":
                context.Say(description.Contains(QualityReturnFlow.PastAfterSalesNote, StringComparison.Ordinal) ? Area + ".bought_when_late" : Area + ".bought_when", slots);
                break;
            default:
                context.Say("quality_return.photos_later_noted", slots);
                break;
        }

        return true;
    }

    /// <summary>Why a person is called: the buyer presses for a decision on the quality case recorded here.</summary>
    public const string DecisionPressed = "decision_pressed";

    /// <summary>
    /// "不能退的话总得给个说法吧", "到底怎么处理 给个准话" after this chat recorded a quality case: a decision pressed for,
    /// which only a colleague makes on the case recorded, so one is called; never the no-reason window told again.
    /// </summary>
    public static async Task<bool> TryHandOverPushAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // "给个说法 要么全额退款 要么我去差评" names the remedy or the complaint itself, which their own answers take.
        if (state.ActiveFlow is not null || !PushesForDecision().IsMatch(context.Compact) || Complains().IsMatch(context.Compact)
            || RemedyDemanded().IsMatch(context.Compact) || QualityReturnFlow.RecordedHere(state) is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || (await OpenCases.HereAsync(context, number, cancellationToken, QualityReturnFlow.QualityKinds).ConfigureAwait(false)).LastOrDefault() is not { } recorded)
        {
            return false;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say(Area + ".push_person", SlotsOf(number, recorded));
        context.NeedPerson(DecisionPressed);
        return true;
    }

    private static Dictionary<string, string?> SlotsOf(string number, CaseRecord recorded) => new()
    {
        [Templates.TemplateSlots.OrderNumber] = number,
        // "订单…已经按质量问题登记": a report with no remedy chosen yet is named as the problem it is.
        [Templates.TemplateSlots.Change] = recorded.Kind == CaseKind.QualityReport ? "质量问题" : recorded.Kind.Label(),
    };

    /// <summary>True when the answer asked a supervisor for the buyer (displeasure said again).</summary>
    public static bool Escalated(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.NeedsPerson == AnswerFlows.ComplaintReason;
    }

    /// <summary>"先说怎么处理": asks what happens next, whatever else the line says (photos put off).</summary>
    public static bool AsksWhatNow(string compact) => WhatNowWords().IsMatch(compact);

    /// <summary>The "what happens next" answer for the kind of case recorded: the remedies and who pays the postage.</summary>
    public static string WhatNowTemplate(CaseKind kind, string? description) => $"{Area}.what_now_{WhatNow(kind, description ?? string.Empty)}";

    private static string WhatNow(CaseKind kind, string description) => kind switch
    {
        CaseKind.Exchange => "exchange",
        CaseKind.Return => "return",
        CaseKind.Reship => "reship",
        CaseKind.Repair => "repair",
        CaseKind.Compensation => "compensation",
        _ when description.Contains(QualityReturnFlow.PastAfterSalesNote, StringComparison.Ordinal) => "past",
        _ when description.Contains("签收已超7天", StringComparison.Ordinal) => "report_late",
        _ => "report",
    };

    /// <summary>What the line says about the case recorded, or null when it is a need or a question of its own.</summary>
    private static string? Read(string compact, bool isQuestion, string normalized)
    {
        if (Worry().IsMatch(compact))
        {
            return "worry";
        }

        // "投诉", "找主管" asks for the complaint path itself; a remedy named changes the case, which the flow does.
        // "照片发你了 补两个盘子给我就行": a remedy wanted in any clause, read by the quality flow's own reader.
        var remedy = Remedy().IsMatch(compact) || QualityReturnFlow.WantsRemedy(normalized);
        if (Anger().IsMatch(compact) && !Complains().IsMatch(compact))
        {
            return remedy ? null : "anger";
        }

        if (remedy)
        {
            return null;
        }

        // "照片我晚点拍给你 先说怎么处理": the photos wait, the question is answered now.
        if (PhotoWord().IsMatch(compact) && (CannotPhoto().IsMatch(compact) || Later().IsMatch(compact)))
        {
            return AsksWhatNow(compact) ? "what_now" : "photos_later";
        }

        // "还要拍照吗", "需要照片吗": whether photos are wanted for the case recorded.
        if (PhotoWord().IsMatch(compact) && PhotoAsked().IsMatch(compact))
        {
            return "photo_asked";
        }

        // "快递面单我拍了照 要的话发你": a photo offered for the case, taken, never a menu of topics.
        if (PhotoWord().IsMatch(compact) && PhotoOffered().IsMatch(compact))
        {
            return "photo_offered";
        }

        if (compact.Length > MaxShortLength)
        {
            return null;
        }

        return WhenSent().IsMatch(compact) ? "when_sent"
            : WhenResult().IsMatch(compact) ? "when_result"
            : WhatNowWords().IsMatch(compact) ? "what_now"
            : !isQuestion && BoughtWhen().IsMatch(compact) ? "bought_when"
            : null;
    }

    // "是不是这批都这样", "换了还掉咋办", "新的会不会也这样", "换的这个还掉色咋整", "再坏了怎么办".
    [GeneratedRegex("这一?批|整批|都这样|都是这样|都这么|会不会(也|还|又|再)|(也|还)会(这样|这么|掉|缩|坏|裂|漏|起球|褪色|开线)|再(出现|坏|掉|缩|裂|漏|这样|出问题|有问题)|换了(也|还|又)|(换|新)的?[^，。,！？!?]{0,6}(也|还|又)[^，。,！？!?]{0,4}(掉|缩|坏|裂|漏|开线|起球|褪色|这样|不亮|断|有问题)")]
    private static partial Regex Worry();

    [GeneratedRegex("破质量|什么破|破东西|破玩意|垃圾|(什么|啥)质量|(质量|东西)[^，,。！？!?]{0,4}(差|烂|次|不行|不怎么样)|差劲|生气|火大|恼火|窝火|什么东西|坑人|坑爹|太坑|坑钱|气死|无语|服了|恶心|过分|骗子|骗人|什么玩意|倒霉|糟心|失望|不靠谱|不认账?|不承认|赖账|耍赖|不负责|卖(坏|烂|次|破)(东西|货)")]
    private static partial Regex Anger();

    // "总得给个说法吧", "总要给我个交代", "到底怎么处理 给个准话": a decision asked for, never the rules told again.
    [GeneratedRegex("(给|給)(我|個|个|一个|一個)*(说法|說法|交代|交待|准话|準話)|到底(怎么|咋|要怎么|怎麼)(处理|處理|解决|解決|办|辦|弄)")]
    private static partial Regex PushesForDecision();

    // "要么全额退款", "给我换个新的", "赔我": a remedy demanded beside the push ("不能退的话" only supposes one).
    [GeneratedRegex("要么|要麼|全额|全額|退款|退钱|退錢|换新|換新|换个新|换一个|补发|补寄|补偿|補償|赔")]
    private static partial Regex RemedyDemanded();

    [GeneratedRegex("投诉|差评|主管|经理|12315|举报|人工")]
    private static partial Regex Complains();

    [GeneratedRegex("退|换|补发|补寄|补一|修|赔|补偿")]
    private static partial Regex Remedy();

    [GeneratedRegex("照|图|视频|拍")]
    private static partial Regex PhotoWord();

    [GeneratedRegex("拍了|拍好|拍下|拍过|有(照片|图|视频)|要的话|需要的话|要不要|用不用|发你|发给你|给你发|传给你")]
    private static partial Regex PhotoOffered();

    [GeneratedRegex("(?:要|需要|用)[^，。,！？!?]{0,4}(?:吗|么|嘛)|需不需要|用不用|要不要")]
    private static partial Regex PhotoAsked();

    [GeneratedRegex("拍不了|拍不到|拍不成|没法拍|不方便拍|不能拍|没空拍|没时间拍|手机(没电|坏)")]
    private static partial Regex CannotPhoto();

    // Busy now or later: "在上班", "晚上回去拍", "下班发".
    [GeneratedRegex("上班|加班|开会|在外面|在外地|出差|不在家|没在家|在路上|晚上|下班|回家|回去|明天|后天|周末|等会|待会|一会|晚点|晚些|有空|过几天|过两天|改天|稍后")]
    private static partial Regex Later();

    [GeneratedRegex("(咋|怎么|如何|怎样)(办|弄|处理|搞|整)|然后呢|接下来(呢|怎么|咋|干嘛|做什么|要我|我)|下一步|我该干嘛|要我做什么|我要做什么|我需要做什么|现在呢")]
    private static partial Regex WhatNowWords();

    // "多久能寄", "什么时候发": when the new piece goes out, which no rule dates ("几天能到" asks the way, answered elsewhere).
    [GeneratedRegex("(多久|多长时间|什么时候|啥时候|哪天|何时)(能|可以|会|才)?(寄|发|补)(?!到)|(寄|发)(出)?(要|得)(多久|几天)(?!到)")]
    private static partial Regex WhenSent();

    // "多久有结果", "什么时候给我答复", "要等多久": when a colleague's review ends, which no rule dates.
    [GeneratedRegex("(多久|多长时间|什么时候|啥时候|几天|哪天|何时)(才|能|会|可以)*(有|给我?)?(个)?(结果|回复|答复|消息|说法|处理好|处理完|处理)|(要|得|还要|还得)等多久")]
    private static partial Regex WhenResult();

    [GeneratedRegex("(上个?月|上周|上星期|上礼拜|前几天|前两天|前阵子|半个月前?|一个月前|几天前|[0-9一二两三四五六七八九十]+(天|周|个?星期|个?月)(前|之前)|[0-9]+月[0-9]+[号日]?|[0-9]+号)[^，,。]{0,3}买的|买了(不到|快|有|才|都|差不多)?[0-9一二两三四五六七八九十半几]+(天|周|个?星期|个?月)")]
    private static partial Regex BoughtWhen();
}

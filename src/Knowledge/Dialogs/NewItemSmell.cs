using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "新买的被子一股味", "四件套味道好大": a new item that only smells is the policy on new-item smell (air it, wash what can
/// be washed, and a return when it stays), not a quality report opened at once. A smell beside a real problem ("有霉味
/// 还发黄"), a remedy asked for, or a smell added to a problem already recorded stays with the quality flow.
/// </summary>
public static partial class NewItemSmell
{
    private const string Answer = "care.new_smell";

    public static bool Reports(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        // "没有起球 就是有股刺鼻的味道": the buyer ruled the usual faults out and reports the smell as the fault.
        return Smell().IsMatch(compactText) && !Spoiled().IsMatch(compactText) && !Remedy().IsMatch(compactText) && !NoSmell().IsMatch(compactText)
            && DeniedFaults.Without(compactText) == compactText && !QualityProblems.NamesAProblem(Smell().Replace(compactText, string.Empty));
    }

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // "这个味道正常吗" is the policy's own question, answered by its keywords; an order not received yet cannot smell.
        var named = OrderResolver.Named(context);
        if (state.ActiveFlow is not null || state.LastFlow == IntentIds.QualityReturn || QualityReturnFlow.RecordedHere(state) is not null
            || context.Facts.Cues.IsQuestion || !Reports(context.Compact) || named.Any(o => o.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment))
        {
            return false;
        }

        // "别废话了 直接退货" next is about the item that smells.
        if (named is [var one])
        {
            state.LastOrderNumber = one.OrderNumber;
        }

        // Kept so that a return insisted on next records the smell without asking what is wrong.
        state.ProblemSaid ??= QualityProblems.Describe(QualityProblems.Of(context.Normalized) ?? QualityProblem.Defect, context.Normalized);
        state.ClearClarification();
        context.Say(Answer);
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>
    /// "我买的浴巾收到一股味道 正常吗" about goods no order holds: the smell is kept, so the goods the buyer names next are
    /// the ones that smell.
    /// </summary>
    public static void Remember(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Reports(context.Compact))
        {
            context.State.ProblemSaid = QualityProblems.Describe(QualityProblem.Defect, context.Normalized);
        }
    }

    /// <summary>
    /// "哦打错了 是四件套 灰色那个" after a smell was told about goods no order holds: the smell question is answered for the
    /// goods now named, never a problem menu as if nothing had been said.
    /// </summary>
    public static bool TryAnswerCorrected(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.UnownedItem is null || state.ProblemSaid?.Contains(SmellTerm, StringComparison.Ordinal) != true || Remedy().IsMatch(context.Compact)
            || QualityProblems.Of(context.Normalized) is not null || OrderResolver.Named(context) is not [{ Status: OrderStatus.Shipped or OrderStatus.Completed } one])
        {
            return false;
        }

        state.EndFlow();
        state.UnownedItem = null;
        state.LastOrderNumber = one.OrderNumber;
        state.ClearClarification();
        context.Say(Answer);
        return true;
    }

    private const string SmellTerm = "异味";

    /// <summary>
    /// "别废话了 直接退货退款" right after the smell was answered: the buyer wants the item that smells taken back, whatever
    /// the model makes of the refund words, so the quality flow takes it up with the smell already told.
    /// </summary>
    public static bool Insists(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && context.Facts.MatchedOrderNumbers.Count == 0 && Remedy().IsMatch(context.Compact)
            && context.State.SaidTemplates.LastOrDefault()?.StartsWith(Answer, StringComparison.Ordinal) == true;
    }

    /// <summary>The smell itself, with the words a buyer puts round it ("一股味", "味道好大", "有点刺鼻").</summary>
    [GeneratedRegex("(?:有|一)?(?:一)?(?:股|点|些)?(?:很|太|好|特别|超|挺|有点|有些)?(?:大|重|浓|冲)?的?(?:异味|怪味|气味|味道|味儿|味|刺鼻|难闻|冲鼻|呛|smell)(?:很|太|好|特别|超|挺|有点|有些)?(?:大|重|浓|冲|刺鼻|难闻|呛人?|熏人)?(?:了|的|啊|呀|哦|吧|呢)*")]
    private static partial Regex Smell();

    /// <summary>Musty, rotten, burnt or food gone off: a fault, never a new item's smell.</summary>
    [GeneratedRegex("霉|馊|腐|焦|烧|臭|变质|过期|吃|喝|尝|口感|泡水")]
    private static partial Regex Spoiled();

    [GeneratedRegex("退|换|补偿|赔|补发|重发|质量问题|登记|投诉")]
    private static partial Regex Remedy();

    [GeneratedRegex("(?:没|无|不)(?:有)?(?:什么|啥)?(?:异|怪)?味")]
    private static partial Regex NoSmell();
}

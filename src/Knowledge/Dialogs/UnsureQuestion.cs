using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A question about goods the buyer has that neither a flow nor the policies answer ("我家床是1.5米的 这个1.8的能用吗",
/// "还有股塑料味 正常吗"): the bot is not sure, so a person answers it, never a list of what the bot can do. A question
/// about nothing the buyer bought, or asked before any goods were talked about, still gets that list. A line not
/// understood at all once a need is being served goes to a person the same way.
/// </summary>
public static partial class UnsureQuestion
{
    /// <summary>Why a person is called: a question on the buyer's goods the bot cannot answer.</summary>
    public const string Reason = "unanswered_question";

    public static bool HandsOver(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Facts.Cues.IsQuestion || !AboutOwnGoods(context))
        {
            return false;
        }

        context.Say("other.person_answers");
        context.NeedPerson(Reason);
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>Why a person is called: a line the bot could not read while it was serving the buyer's need.</summary>
    public const string MidwayReason = "not_understood_midway";

    /// <summary>Shortest line (without spaces) read as saying something rather than a sound ("嗯嗯", "哈哈").</summary>
    private const int ShortestSaying = 4;

    /// <summary>
    /// "要是不能用 到了我拒收行不行", "要拍照吗 面单也要拍吗" not understood after the bot already answered or recorded something
    /// in this chat (and not right after another miss): the buyer is mid-need, so a person answers instead of a list of
    /// what the bot can do. An opening line not understood still gets that list.
    /// </summary>
    public static bool HandsOverMidway(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.SaidTemplates.Count == 0 || state.FailedTurns > 0 || context.Compact.Length < ShortestSaying
            || context.Services.Orders.OrdersOf(context.Input.BuyerId).Count == 0)
        {
            return false;
        }

        context.Say("fallback.person_takes_over");
        context.NeedPerson(MidwayReason);
        return true;
    }

    private static bool AboutOwnGoods(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (orders.Count == 0)
        {
            return false;
        }

        if (CareQuestion.Category(context.Compact) is { } named)
        {
            return orders.Any(o => CareQuestion.Category(o.Title.ToLowerInvariant()) == named);
        }

        // "这个能用吗", "有股味正常吗" once goods were talked about: the goods in focus.
        var talkedAbout = (context.State.OrderNumber ?? context.State.LastOrderNumber) is not null || context.State.SaidTemplates.Count > 0;
        return talkedAbout && GoodsWords().IsMatch(context.Compact);
    }

    /// <summary>Words pointing at goods or at what goods are like: this one, its size, smell, material, use.</summary>
    [GeneratedRegex("这个|这款|这件|这套|这种|它|东西|商品|宝贝|货|尺寸|大小|多大|多长|多宽|多高|米的|码|味|材质|质量|颜色|色差|能用|好用|合适|适合|正常|安全|有毒|甲醛")]
    private static partial Regex GoodsWords();
}

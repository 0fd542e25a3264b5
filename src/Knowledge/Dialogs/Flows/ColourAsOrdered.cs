using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "颜色不对 我要的是藏青色 来的是白的" when the order itself says 奶白色: the goods came as ordered, so the buyer is told
/// politely what the order says, and that another colour is a no-reason exchange at the buyer's postage (what colours
/// there are is the product page's); no shop-paid exchange is recorded. "你们仓库是不是发错了" next about the same order
/// hears the order's colour once more in other words, with the screenshot of the order page a colleague checks.
/// </summary>
public static partial class ColourAsOrdered
{
    private const string Told = "quality_return.colour_as_ordered";
    private const string ToldAgain = "quality_return.colour_as_ordered_proof";

    public static bool TryTell(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var title = order.Title;
        if (ColourSwap.Of(context.Normalized) is not var (wanted, came)
            || !title.Contains(Core(came), StringComparison.Ordinal) || title.Contains(Core(wanted), StringComparison.Ordinal))
        {
            return false;
        }

        context.Say(Told, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = wanted });
        context.Finish();
        return true;
    }

    /// <summary>
    /// "我记得我选的深色 你们仓库是不是发错了" right after the order's colour was told: told again in other words, and a
    /// screenshot of the order page lets a colleague check (the shop pays both ways only if it erred).
    /// </summary>
    public static bool TryAgain(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } number || !context.Told(Told, number)
            || !SentWrong().IsMatch(context.Compact) || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(ToldAgain, context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("发错|寄错|搞错|弄错|拿错|不对|不是这个|明明(选|拍|买)")]
    private static partial Regex SentWrong();

    /// <summary>"奶白色" as a title writes its colour part: "白"; "藏青色": "藏青".</summary>
    private static string Core(string colour)
    {
        var bare = colour.TrimEnd('色');
        return bare.Length > 1 && "浅深淡暗亮奶".Contains(bare[0], StringComparison.Ordinal) ? bare[1..] : bare;
    }
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保修卡早不知道丢哪了", "质保卡扔了 还能修吗" about a repair or fault recorded for the order in focus: the order's own
/// purchase record is the proof of purchase, and a colleague checks the warranty against the order date and the
/// product page. The lost card is added to the record once, so the colleague does not ask for it; never the warranty
/// paragraph that leans on the card again.
/// </summary>
internal static partial class WarrantyCardLost
{
    private const string Template = "repair.card_lost_in_case";
    private const string Note = "（买家的保修卡已丢失，请按订单的购买时间和商品页核实保修期）";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Says(context.Compact) || context.State.LastOrderNumber is not { } focus
            || await OpenCases.FindAsync(context, focus, cancellationToken, CaseKind.Repair, CaseKind.QualityReport).ConfigureAwait(false) is not { } recorded
            || context.Services.Orders.Find(context.Input.BuyerId, focus) is not { } order)
        {
            return false;
        }

        var description = recorded.Description ?? string.Empty;
        if (!description.Contains(Note, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, "买家说明保修卡已丢失，记录补充后重新登记", cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordQualityCaseAsync(context.Turn, focus, recorded.Kind, description + Note, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        context.Say(Template, context.SlotsOf(order));
        return true;
    }

    /// <summary>"保修卡早不知道丢哪了", "质保卡找不到了", "三包凭证扔了": the card or receipt that came with the goods is gone.</summary>
    public static bool Says(string compact) => CardGone().IsMatch(compact ?? string.Empty);

    [GeneratedRegex("(保修卡|保修单|保修证|质保卡|质保单|三包卡|三包凭证|保修凭证|购物小票|小票|收据)[^,，。.!！?？]{0,8}(丢|找不(到|着)|没了|没有了|扔|不见|弄没|没留|没保存|不在了)")]
    private static partial Regex CardGone();
}

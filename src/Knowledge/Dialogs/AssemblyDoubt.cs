using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不知道是不是我装错了", "台灯要自己组装吗" about a lamp while its fault is taken down: the product policy says the lamp needs no
/// assembly (plugged in as the leaflet shows, it works), so no assembly steps and no on-site question; a manual thrown
/// away beside it is promised in the electronic form, sent by a colleague once the case is recorded.
/// </summary>
internal static partial class AssemblyDoubt
{
    /// <summary>The answer that also promises the electronic manual, which a colleague sends once the case is recorded.</summary>
    public const string ManualTemplate = "installation.lamp_no_assembly_manual";

    public static bool TryTell(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!(Doubt().IsMatch(context.Compact) || AssemblyAsked().IsMatch(context.Compact)) || LampOrder(context) is not { } order)
        {
            return false;
        }

        // A refund under way on the unshipped lamp: no fault to handle, and the refund may be withdrawn if fitting was the fear.
        // The electronic manual goes to a colleague with the case once it is recorded (AnswerFlows.OfferInstallationBeside).
        if (StillRefunding(context, order))
        {
            context.Say(RefundingTemplate, context.SlotsOf(order));
            context.State.LastOrderNumber = order.OrderNumber;
            return true;
        }

        context.Say(AnswerFlows.AsksInstallationHelp(context.Normalized) ? ManualTemplate : "installation.lamp_no_assembly", context.SlotsOf(order));
        return true;
    }

    /// <summary>The answer to "台灯要自己装吗" while the unshipped lamp's refund is under way.</summary>
    public const string RefundingTemplate = "installation.lamp_no_assembly_refunding";

    /// <summary>True when the lamp in focus, or the buyer's one lamp, waits to ship with a refund under way.</summary>
    /// <remarks>
    /// A fitter asked for ("可以上门安装吗") or other goods named is another question, left to the installation answers.
    /// </remarks>
    public static bool LampRefunding(FlowContext context) =>
        !OnSite().IsMatch(context.Compact) && OrderResolver.Named(context).All(o => Lamp().IsMatch(o.Title))
        && LampOrder(context) is { } order && StillRefunding(context, order);

    /// <summary>Waiting to ship with a refund under way that this chat has not just told how to withdraw.</summary>
    private static bool StillRefunding(FlowContext context, Orders.Order order) =>
        order is { HasRefundUnderWay: true, Status: Orders.OrderStatus.AwaitingShipment }
        && context.State.LastOrderToldOf(WithdrawalArea) != order.OrderNumber;

    private const string WithdrawalArea = "refund_withdrawal.";

    /// <summary>The order in focus when it is the lamp, else the buyer's one lamp order while no other order is in focus.</summary>
    private static Orders.Order? LampOrder(FlowContext context)
    {
        var orders = context.Services.Orders;
        if ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } number)
        {
            return orders.Find(context.Input.BuyerId, number) is { } focus && Lamp().IsMatch(focus.Title) ? focus : null;
        }

        var lamps = orders.OrdersOf(context.Input.BuyerId).Where(o => Lamp().IsMatch(o.Title)).ToList();
        return lamps.Count == 1 ? lamps[0] : null;
    }

    /// <summary>"台灯要自己组装吗", "用不用自己安装啊": whether the goods need putting together at all, no part named.</summary>
    public static bool AsksIfNeeded(string compact) => AssemblyAsked().IsMatch(compact ?? string.Empty);

    // "台灯要自己组装吗", "需要安装吗", "要不要自己装", "用不用自己安装啊": whether it needs putting together at all.
    [GeneratedRegex("(?:要|需要|用|得)(?:自己|我)?(?:组装|安装|装)(?:吗|嘛|么|不|的吗|啊|呀)|(?:要不要|用不用|需不需要|需要不)(?:自己|我)?(?:组装|安装|装)|(?:组装|安装)(?:吗|嘛)")]
    private static partial Regex AssemblyAsked();

    [GeneratedRegex("装错|装反|装得?不对|没装好|装的有问题|安装(错|不对|有问题)|接错|插错")]
    private static partial Regex Doubt();

    [GeneratedRegex("上门|师傅|来装|来安装|安装费")]
    private static partial Regex OnSite();

    [GeneratedRegex("台灯")]
    private static partial Regex Lamp();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保温杯不要了 刚发的能拦回去吗": a parcel on its way that the buyer no longer wants. Refusing it at the door is the
/// buyer's to do; stopping it on the way is the shop's to ask of the courier, so a follow-up is recorded and a person
/// takes it, once per order. Said again ("拦不了我就拒收") it is acknowledged, not recorded twice.
/// </summary>
public static partial class PolicyTopics
{
    public const string RefuseDelivery = "refuse-delivery";

    /// <summary>Why a person is called: the courier has to be asked to stop a parcel.</summary>
    public const string InterceptReason = "parcel_intercept";

    private const string InterceptTemplate = "policy_topics.intercept_requested";

    /// <summary>How the follow-up asking a colleague to have the courier stop a parcel begins.</summary>
    public const string InterceptNote = "买家不要了，请联系快递拦截退回";

    /// <summary>"帮我拦截一下", "能拦下来吗": the buyer asks for the parcel to be stopped on its way.</summary>
    public static bool AsksIntercept(string compact) => Intercept().IsMatch(compact);

    private static async Task<bool> InterceptAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (!Intercept().IsMatch(context.Compact) || (Pick(context, o => o.Status == OrderStatus.Shipped) ?? ShippedInFocus(context)) is not { } order)
        {
            return false;
        }

        await InterceptAsync(context, order, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// "那这单我不要了 快递能帮我拦回去吗" right after the price of the cup was talked of, with other parcels on their way:
    /// "这单" is the order in focus, so its interception is recorded, never the general refusal text pasted.
    /// </summary>
    private static Order? ShippedInFocus(FlowContext context) =>
        (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } number
        && context.Services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.Shipped } order ? order : null;

    /// <summary>Records the interception of <paramref name="order"/> for a person, or acknowledges it when already recorded.</summary>
    public static async Task InterceptAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var slots = context.SlotsOf(order);
        context.State.LastOrderNumber = order.OrderNumber;
        if (context.Told(InterceptTemplate, order.OrderNumber))
        {
            context.Say("policy_topics.intercept_again", slots);
            return;
        }

        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, $"{InterceptNote}；拦不下来买家会拒收，包裹退回后办理退款", cancellationToken).ConfigureAwait(false);
        context.Say(InterceptTemplate, slots);
        context.NeedPerson(InterceptReason);
    }

    [GeneratedRegex("拦回|拦下|拦住|截回|截下|拦截|拦得住|拦不住|拦不下|拦不了|能拦|可以拦|拦吗|拦一下|帮我拦|拦得下")]
    private static partial Regex Intercept();
}

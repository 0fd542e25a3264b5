using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Finds the order a flow is about: a number the buyer typed (only ever among their own orders), their pick from a
/// list, the order already in play, or their only fitting order. Otherwise it lists the fitting orders or asks for a
/// number, says so to the buyer, and returns null.
/// </summary>
public static partial class OrderResolver
{
    private const int MaxListed = 5;

    /// <param name="alsoLikely">Orders that, besides the fitting ones, the buyer may well mean: when one fits and one of
    /// these exists, the buyer is asked instead of the bot picking silently.</param>
    /// <param name="asksAboutRefund">The words are about a refund (how it goes, taking it back): an order in focus without
    /// one that fits is not meant when others have one, and the buyer is asked among those.</param>
    public static Order? Resolve(FlowContext context, string area, Func<Order, bool> fits, Func<Order, bool>? alsoLikely = null, bool asksAboutRefund = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var orders = context.Services.Orders;
        var buyer = context.Input.BuyerId;
        var state = context.State;

        var typed = orders.ExtractOrderNumbers(context.Text);
        if (typed.Count > 0)
        {
            // Unknown and someone else's numbers get the same words: nothing tells the buyer which it was.
            return Use(context, orders.Find(buyer, typed[0]), area);
        }

        // "白色男款那个", "你们再查查" after "no T-shirt among your orders": still that item, never an order that shares a
        // colour with it; only a number typed or goods of their own named leave it.
        // A place in the line of what they bought ("第二个") still picks that order. "给我补两个碗寄过来" right after "no
        // tableware among your orders" is still that item, never the one order that fits a reship.
        // "要纸质的 个人抬头 胡大壮" after "no kettle among your orders" beside the invoice under way: that invoice's fields.
        if (state.UnownedItem is { } told && !UnownedGoods.NamesOwnedGoods(context)
            && !(state.ActiveFlow == Intents.IntentIds.Invoice && context.Facts.Invoice is not null && context.Facts.UnownedProduct is null)
            && (UnownedGoods.AsksRemedyFor(context, told) || ((context.Facts.UnownedProduct ?? told) == told
                && (state.Step == DialogSteps.ChooseOrder || UnownedGoods.StillAbout(context) || UnownedGoods.ToldJustNow(state))))
            && (state.Step != DialogSteps.ChooseOrder || OrderChoice.Ordinal(context.Normalized) is null) && !TakesOffered(context))
        {
            UnownedGoods.AnswerWhileAwaited(context, told);
            return null;
        }

        if (state.Step == DialogSteps.ChooseOrder && state.OrderChoices.Count > 0)
        {
            var candidates = state.OrderChoices.Select(n => orders.Find(buyer, n)).OfType<Order>().ToList();
            var pick = OrderChoice.Pick(context.Normalized, candidates) ?? Named(context, candidates)
                ?? (candidates.Count == 1 && OrderChoice.Agrees(context.Normalized) ? candidates[0] : null);
            if (pick is not null)
            {
                return Use(context, pick, area);
            }

            // "不是这几个，是浴巾那单": a product named that is in none of the listed orders points at the buyer's own order
            // of it, whatever its state; the list is never shown again to a buyer who named something else.
            if (NamedAll(context, orders.OrdersOf(buyer)) is { Count: > 0 } elsewhere)
            {
                candidates = elsewhere;
                if (elsewhere.Count == 1)
                {
                    return Use(context, elsewhere[0], area);
                }
            }

            if (context.Facts.UnownedProduct is { } unownedInList)
            {
                UnownedGoods.SayNotAmong(context, unownedInList, UnownedGoods.Bought(context));
                context.Fail();
                return null;
            }

            List(context, candidates);
            context.Fail();
            return null;
        }

        // "算了 要纸质的吧" corrects something else: only a correction that names an order looks for another one.
        var another = OrderChoice.MeansAnother(context.Normalized);
        // "就是保温杯那个" while another order is in play: the buyer points at the order meant.
        var correctsOrder = (context.Facts.Cues.IsCorrection && context.Facts.OrderReferences.Count > 0) || another
            || (context.Facts.OrderReferences.Count > 0 && PointsAt().IsMatch(context.Compact)) || NamesOnlyAnother(context);
        if (state.OrderNumber is { } current && orders.Find(buyer, current) is { } inPlay && !correctsOrder)
        {
            return inPlay;
        }

        // "不是这单，是另一单": the order in play, or the one just handled, is the one the buyer does not mean.
        var notMeant = another ? state.OrderNumber ?? state.LastOrderNumber : null;
        var all = orders.OrdersOf(buyer).Where(o => o.OrderNumber != notMeant).ToList();
        var named = NamedAll(context, all);
        // "还没发货的东西有什么好审的" right after the lamp's refund: a state the order in focus is in describes it.
        if (named.Count > 0 && notMeant is null && FocusInStateNamed(context, all) is { } described)
        {
            return Use(context, described, area);
        }

        if (named.Count == 1)
        {
            return Use(context, named[0], area);
        }

        // "昨天买的那个什么时候发" fits two orders by date, one of them by its state: that one is meant.
        if (named.Count > 1 && named.Where(fits).ToList() is { Count: 1 } onlyFitting)
        {
            return Use(context, onlyFitting[0], area);
        }

        // "催一下圆通" right after the cup's parcel was told: the carrier names several orders, the one in focus among them;
        // "圆通到底发了没" when none of them fits the need is still about the order in focus.
        var namedFit = named.Any(fits) ? named.Where(fits) : named;
        if (named.Count > 1 && notMeant is null && state.LastOrderNumber is { } inFocus && namedFit.FirstOrDefault(o => o.OrderNumber == inFocus) is { } focused)
        {
            return Use(context, focused, area);
        }

        // "月中买的那个还没收到" fits three orders by date, two of them by the need: only those two are asked about.
        if (named.Count > 1)
        {
            var namedFitting = named.Where(fits).ToList();
            List(context, (namedFitting.Count > 1 ? namedFitting : named).Take(MaxListed).ToList());
            return null;
        }

        // "保温杯漏水了" from a buyer who never bought a cup: said honestly, never recorded on the order in focus or the
        // only one that fits.
        var fitting = all.Where(fits).ToList();
        if (named.Count == 0 && notMeant is null && context.Facts.UnownedProduct is { } unowned)
        {
            UnownedGoods.SayNotAmong(context, unowned, UnownedGoods.Bought(context));
            return null;
        }

        if (state.Step == DialogSteps.AskOrder)
        {
            context.Say($"{area}.ask_order");
            context.Fail();
            return null;
        }

        // A follow-up that names no order ("催一下", "我没点取消啊", "那我重新拍") belongs to the order in focus: the last one
        // named, picked or acted on, whatever its state. The flow answers for that state (what the order allows and what
        // the buyer can do), never with a list of other orders the buyer did not point at. Only "退款到哪了" about a focus
        // with no refund points at the orders that have one.
        if (notMeant is null && state.LastOrderNumber is { } last && all.FirstOrDefault(o => o.OrderNumber == last) is { } focus)
        {
            if (state.UnownedItem is { } notFoundBeside && fits(focus))
            {
                OfferForUnowned(context, notFoundBeside, focus);
                return null;
            }

            if (!asksAboutRefund || fits(focus) || fitting.Count == 0)
            {
                return Use(context, focus, area);
            }

            AskRefundBesideFocus(context, focus, fitting.Take(MaxListed).ToList());
            return null;
        }

        // "另一个是不是漏发了" when the account holds no other order: the one in focus is all there is, never "no orders".
        if (all.Count == 0 && notMeant is not null && orders.Find(buyer, notMeant) is { } only)
        {
            context.Say("orders.only_this_one", context.SlotsOf(only));
            return null;
        }

        var choices = fitting.Count > 0 ? fitting : all.ToList();
        switch (choices.Count)
        {
            case 0:
                context.Say("orders.none");
                context.Await(DialogSteps.AskOrder);
                return null;
            // "个人抬头 陈七 发我邮箱" right after "no lamp among your orders": the one invoiceable order is offered, never used.
            case 1 when state.UnownedItem is { } notFound:
                OfferForUnowned(context, notFound, choices[0]);
                return null;
            case 1 when alsoLikely is not null && fitting.Count == 1 && all.FirstOrDefault(alsoLikely) is { } other:
                List(context, [choices[0], other]);
                return null;
            case 1:
                // Picked by the situation (an unshipped order for a hurry, a shipped one to track): say which it is.
                if (fitting.Count == 1 && IsLive(fitting[0]) && all.Any(o => o != fitting[0] && IsLive(o)))
                {
                    context.Say("orders.picked", new Dictionary<string, string?> { [TemplateSlots.ItemTitle] = fitting[0].Title, [TemplateSlots.OrderNumber] = fitting[0].OrderNumber });
                }

                return Use(context, choices[0], area);
            default:
                List(context, choices.Take(MaxListed).ToList());
                return null;
        }
    }

    /// <summary>
    /// The buyer's orders the message points at by product, price, date or last digits (not by a place in a list,
    /// which only means something against a list shown): one when the words point at one.
    /// </summary>
    private static List<Order> NamedAll(FlowContext context, IReadOnlyList<Order> orders)
    {
        var references = context.Facts.OrderReferences
            .Where(r => r.Evidence is not Entities.OrderEvidence.Ordinal and not Entities.OrderEvidence.OrderNumber)
            .ToList();
        // "不是浴巾 是保温杯", "浴巾地址不改": an order the buyer says is not meant points nowhere while another is named.
        var meant = references.Where(r => !Denied(context.Normalized, r.Mention)).ToList();
        var numbers = (meant.Count > 0 ? meant : references)
            .Select(r => r.OrderNumbers)
            .Where(n => n.Count > 0)
            .ToList();
        if (numbers.Count == 0)
        {
            return [];
        }

        // Every reference must agree: "台灯 239那个" is the order both point at.
        var agreed = numbers.Skip(1).Aggregate((IEnumerable<string>)numbers[0], (kept, next) => kept.Intersect(next, StringComparer.Ordinal)).ToList();
        var chosen = agreed.Count > 0 ? agreed : numbers[0].ToList();
        return [.. chosen.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>()];
    }

    /// <summary>
    /// The buyer's orders this message points at, by a number typed or by product, price, date or last digits;
    /// empty when it points at none.
    /// </summary>
    public static IReadOnlyList<Order> Named(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var orders = context.Services.Orders;
        var buyer = context.Input.BuyerId;
        var typed = orders.ExtractOrderNumbers(context.Text).Select(n => orders.Find(buyer, n)).OfType<Order>().ToList();
        return typed.Count > 0 ? typed : NamedAll(context, orders.OrdersOf(buyer));
    }

    /// <summary>"不是浴巾", "浴巾不用改", "浴巾那单不动": the mention is said not to be the order meant.</summary>
    internal static bool Denied(string text, string mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(mention))
        {
            return false;
        }

        for (var at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
        {
            if (!DeniedBefore().IsMatch(text.AsSpan(0, at)) && !DeniedAfter().IsMatch(text.AsSpan(at + mention.Length)))
            {
                return false;
            }
        }

        return text.Contains(mention, StringComparison.Ordinal);
    }

    /// <summary>
    /// The order in focus when the message points only by a state ("还没发货的", "已经发了的") and that order is in it,
    /// whatever its refund: the buyer goes on about it, never about another order in the state.
    /// </summary>
    private static Order? FocusInStateNamed(FlowContext context, IReadOnlyList<Order> orders)
    {
        var references = context.Facts.OrderReferences.Where(r => r.Evidence is not Entities.OrderEvidence.Ordinal and not Entities.OrderEvidence.OrderNumber).ToList();
        if (references.Count == 0 || references.Any(r => r.Evidence != Entities.OrderEvidence.State)
            || context.State.LastOrderNumber is not { } last || orders.FirstOrDefault(o => o.OrderNumber == last) is not { } focus)
        {
            return null;
        }

        var unshippedNamed = references.All(r => NotShippedWords().IsMatch(r.Mention));
        return (unshippedNamed ? focus.Status == OrderStatus.AwaitingShipment : focus.Status == OrderStatus.Shipped) ? focus : null;
    }

    [GeneratedRegex("(?:(?<!是)不是|并不是|不是说|而不是|别弄)(?:那个|那件|那单)?$")]
    private static partial Regex DeniedBefore();

    [GeneratedRegex("^(?:那单|那个|的|订单)?(?:地址|收货地址)?(?:不改|不用改|不要改|别改|不动|别动|不变|不用动|不用管|没问题|照常)")]
    private static partial Regex DeniedAfter();

    private static Order? Use(FlowContext context, Order? order, string area)
    {
        if (order is null)
        {
            context.Say($"{area}.not_found");
            context.Fail();
            context.Await(DialogSteps.AskOrder);
            return null;
        }

        context.State.OrderNumber = order.OrderNumber;
        context.State.UnownedItem = null;
        context.State.OrderChoices = [];
        context.State.Step = null;
        return order;
    }
}

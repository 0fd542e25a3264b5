using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "差价我补 多少钱你说" after a named courier was noted on an order still to ship: the difference is the courier's
/// postage, which the colleague confirming the courier works out, never a new spec's page price. The buyer's
/// readiness to pay goes on the courier note, so the colleague need not ask again.
/// </summary>
internal static partial class CourierDifference
{
    private const string Template = "order_change.courier_difference";

    private const string NotedTemplate = "order_change.courier_difference_noted";

    /// <summary>The reason a courier note is recorded under.</summary>
    public const string Courier = "指定快递";

    private const string Willing = "；买家愿意补运费差价";

    /// <summary>"要补运费的话就算了", "要补钱的话就不用了", "不用顺丰了", "还是照常发吧": the courier asked for is given up.</summary>
    public static bool LetsCourierGo(string compact) => DropsCourier().IsMatch(compact ?? string.Empty);

    /// <summary>The same, or one of the shop's usual couriers settled for ("中通就行", "那还是发中通吧").</summary>
    public static bool LetsCourierGo(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LetsCourierGo(context.Compact) || UsualCouriers.Accepted(context) is not null;
    }

    public static async Task<bool> TryAnswerAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var noted = (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .LastOrDefault(c => c.Reason == Courier);
        if (noted is null)
        {
            return false;
        }

        // "要补运费的话就算了 不用顺丰了 照常发": the courier is let go, so the note comes off and the order ships as usual.
        if (LetsCourierGo(context))
        {
            await LetGoAsync(context, order, [noted], cancellationToken).ConfigureAwait(false);
            return true;
        }

        var pays = PaysIt().IsMatch(context.Compact);
        if (pays && noted.Description?.Contains(Willing, StringComparison.Ordinal) == false)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, noted.Id, "买家补充愿意补运费差价，以新的登记为准", cancellationToken).ConfigureAwait(false);
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, Courier, noted.Description + Willing, cancellationToken).ConfigureAwait(false);
        }

        context.Say(pays ? NotedTemplate : Template, context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "加点运费也行 你们说个数" after the courier was told for goods no order of this account holds: the amount is the
    /// colleague's once that order is found and its note says the courier, so it is said with where to write the consent.
    /// </summary>
    public static bool TryAnswerUnowned(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.UnownedItem is null || !context.Told(UnownedCourierTemplate, null) || !IsAsked(context.Compact))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(UnownedDifferenceTemplate);
        return true;
    }

    /// <summary>"我补差价 多少钱", "要补运费也行 多少钱你说", "加点运费也行 你们说个数": the courier's difference asked or agreed to.</summary>
    public static bool IsAsked(string compact) => ChangePriceDifference.IsAsked(compact) || PaysIt().IsMatch(compact);

    /// <summary>"补运费也行", "顺丰要补钱的话我补": the buyer will pay a courier's difference.</summary>
    public static bool Pays(string compact) => PaysIt().IsMatch(compact ?? string.Empty);

    private const string UnownedCourierTemplate = "orders.unowned_courier";

    private const string UnownedDifferenceTemplate = "orders.unowned_courier_difference";

    [GeneratedRegex("随便(?:什么|啥|哪个|哪家)?快递|(?:什么|啥|哪个|哪家)快递都(?:行|可以|成|好)|快递(?:无所谓|随便)|(?:不用|不要|不发|别发|别用|不用发|不换|不改)(?:发|用|走)?(?:顺丰|顺风|sf|ems|京东|德邦|邮政)|(?:照常|照旧|正常|按原来的?|还是原来的?|就用原来的?)(?:快递)?(?:发|寄)|(?:运费|邮费|差价|要钱|加钱|收钱|补钱|贵)(?:的话|了)?(?:就|那就|那)?(?:算了|不用了|不换了|不要了|不改了|别换了|不指定了)|(?:运费|邮费|差价)(?:就)?不(?:补|加|出)了", RegexOptions.IgnoreCase)]
    private static partial Regex DropsCourier();

    // "给我补发一套 这次发顺丰": 我补 inside 给我补发 is a reship asked for, never postage offered.
    [GeneratedRegex("(?<![给帮替])我(?:来)?补(?![发寄货件个一])|我(?:来)?加上|加上就是|我(?:来)?出|我(?:来)?付|补就补|可以补|愿意补|加钱(?:也)?(?:行|可以|没问题)|(?:补|加)(?:点|些|一点|一些)?(?:运费|邮费|快递费|差价)(?:也|都)?(?:行|可以|没问题|没事|无所谓|ok)")]
    private static partial Regex PaysIt();
}

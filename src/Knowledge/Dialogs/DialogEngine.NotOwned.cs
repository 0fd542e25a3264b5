using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>What the buyer asks of an order this account cannot show: one looked up by a phone, goods it never bought.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// "你用我手机号13900002222查一下": orders are never looked up by a phone; "上周买的电热毯咋还没到" from a buyer who
    /// bought none: said plainly, before any pre-sale answer or flow takes it, and "加点运费也行 你们说个数" after its courier was
    /// told gets the amount's way; "快递员说我买的浴巾送上楼要加8块" with no
    /// towel ordered: the fee is answered on the parcel she has, and again on "中通的 给不给啊"; "暖窝家纺 不是一家吗": the
    /// shop this chat serves; "昨天又拍了个台灯" when the only lamp is an old order: no such new order.
    /// </summary>
    private static async Task<DialogOutcome?> NotOwnedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await CourierFeeOnOwnParcel.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Track);
        }

        // "还有那个电热水壶也一起开了" while the invoice is taken: that invoice goes on after the goods are said to be absent.
        if (UnownedGoods.TryAnswerBesideInvoice(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        return PhoneLookup.TryAnswer(context) || OtherShop.TryAnswer(context) || CourierDifference.TryAnswerUnowned(context) || RecentOrderMissing.TryAnswer(context)
            || UnownedGoods.TryAnswer(context) ? Answered(context, IntentIds.Other) : null;
    }
}

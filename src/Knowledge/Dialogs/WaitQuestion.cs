using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还要几天", "还得等多久": a bare question how long the buyer still waits, which is about their parcel (answered like
/// "什么时候到"), unless the talk just before was about money coming back: then it asks how long the refund takes.
/// </summary>
internal static partial class WaitQuestion
{
    /// <summary>
    /// "那要多久" right after a refund or a no-reason return was talked about: the template telling how long the money
    /// (or the return) takes and the order it is about, or null when the order in focus was about a parcel.
    /// </summary>
    public static (string Template, Order Order)? AfterMoneyTopic(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } last
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return null;
        }

        var template = state.LastFlow switch
        {
            IntentIds.NoReasonReturn when order.Status is OrderStatus.Shipped or OrderStatus.Completed && !order.HasRefundUnderWay => "listen.wait_return",
            IntentIds.RefundUnshipped => WaitRefund,
            _ when order.Refund is RefundStatus.InProgress => WaitRefund,
            _ => null,
        };
        return template is null ? null : (template, order);
    }

    /// <summary>How long the refund of the order takes, with every way of paying: said once, then in short (see <see cref="RefundTiming"/>).</summary>
    public const string WaitRefund = "listen.wait_refund";

    public static bool IsAsked(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Asked().IsMatch(CompactText.Of(normalizedText));
    }

    [GeneratedRegex("^(?:那|请问|亲|所以|到底|哎|唉)?(?:还|大概|大约|一般)?(?:要|得|需要)(?:再)?(?:等)?(?:个)?(?:几天|多久|多长时间|多少天|几个工作日)(?:啊|呀|呢|吗|么|啦|哦|\\?|!|。)*$")]
    private static partial Regex Asked();
}

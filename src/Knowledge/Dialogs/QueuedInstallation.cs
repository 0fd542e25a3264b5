using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// While the buyer waits for a colleague to help put the goods together: "有没有安装视频" is answered (the shop has none;
/// the electronic manual and remote guidance come with the colleague), and "是不是发错配件了", "是不是少发了零件" asks for a
/// photo of the parts beside the parts list and writes a parts check on the order, never only "passed on".
/// </summary>
public static partial class QueuedInstallation
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (VideoAsked().IsMatch(context.Compact) && !VideoOffered().IsMatch(context.Compact))
        {
            context.Say("installation.no_video_queued");
            return true;
        }

        if (!PartsDoubted().IsMatch(context.Compact) || OrderInFocus(context) is not { } order)
        {
            return false;
        }

        await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport,
            PartsCheck, context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
        context.Say("installation.parts_check_queued", context.SlotsOf(order));
        return true;
    }

    private const string PartsCheck = "安装时配件对不上，买家怀疑少发或发错配件：请对照配件清单核对照片，少了或错了就补寄（买家排队等人工时反映）";

    /// <summary>The one delivered order the line names, else the order the chat was about, else the buyer's only delivered one.</summary>
    private static Order? OrderInFocus(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var delivered = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed).ToList();
        var order = named.Count == 1 ? named[0]
            : (context.State.LastOrderNumber ?? context.State.OrderNumber) is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus)
            : delivered.Count == 1 ? delivered[0]
            : null;
        return order is { Status: OrderStatus.Shipped or OrderStatus.Completed } ? order : null;
    }

    [GeneratedRegex("(?:有没有|有无|有)(?:安装|教学|组装)视频|有没有视频|视频教|(?:安装|组装)视频(?:吗|么|嘛|啥|有没有|呢)")]
    private static partial Regex VideoAsked();

    // "我有视频", "视频我录好了": the buyer's own video of a fault, not one asked of the shop.
    [GeneratedRegex("我有视频|视频我(?:有|录|拍)|(?:录|拍)了视频|发视频给你")]
    private static partial Regex VideoOffered();

    [GeneratedRegex("(?:发错|少发|漏发|寄错|少了|缺了?|少给)(?:了)?(?:个|一个|几个)?(?:配件|零件|部件|螺丝|零部件)|(?:配件|零件|部件|零部件)(?:是不是|是否)?(?:发错|少发|漏发|不对|不全|少了|缺了|不一样)")]
    private static partial Regex PartsDoubted();
}

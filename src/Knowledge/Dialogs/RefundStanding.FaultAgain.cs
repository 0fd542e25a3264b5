using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

internal static partial class RefundStanding
{
    /// <summary>How the quality record notes that the buyer's earlier refund on the goods was closed.</summary>
    internal const string ClosedBeforeNote = "买家之前申请的退款已被关闭";

    /// <summary>The reply to a fault told again on goods whose earlier refund was closed; a quality answer, so the case counts as recorded here.</summary>
    private const string FaultAgainTemplate = "quality_return.fault_after_closed_refund";

    /// <summary>
    /// "台灯又不亮了 之前退款被拒", "之前申請退款被拒了 現在又壞了": a fault now on goods the buyer has, whose earlier refund
    /// the shop closed. No policy settles such a case by itself, so the fault is written on the order with that history
    /// for a colleague, who reviews it beside the earlier record and answers here; never a cancellation answer, the
    /// no-reason window or the closed refund's payout times. False when the line names no fault after all.
    /// </summary>
    private static async Task<bool> FaultAgainAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        // "之前申请过退款 后来关了 现在彻底坏了" while the quality flow asks for photos: history told to that flow, which goes on.
        // "上次退款为啥给我关了？？？ 灯还是一闪一闪的": the closing asked about is disputed, which a person answers.
        if (context.State.ActiveFlow is not null || order.Status is not (OrderStatus.Shipped or OrderStatus.Completed)
            || WhyClosed().IsMatch(context.Compact) || QualityProblems.Denied(context.Normalized)
            || QualityProblems.Of(context.Normalized) is not { } problem)
        {
            return false;
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, QualityReturnFlow.QualityKinds).ConfigureAwait(false) is null)
        {
            var fault = ProblemPhrases.WithItem(QualityProblems.Describe(problem, context.Normalized), order.Title, context.Services.Analyzer.Products.ProductWords);
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, Cases.CaseKind.QualityReport,
                $"{fault}（{ClosedBeforeNote}，现在又出问题；请同事对照之前的售后记录核实后和买家商定处理）", context.Input.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = IntentIds.QualityReturn;
        // "照片我当时都发了的": the photos went with the earlier application, so they are never asked for again.
        context.Say(AlreadyDone.PhotoSent(context.Compact) || PhotosSentBefore().IsMatch(context.Compact) ? FaultAgainTemplate + "_photos_sent" : FaultAgainTemplate, slots);
        return true;
    }

    [GeneratedRegex("(?:照片|图片|图|视频)[^，,。！!]{0,6}(?:都|也|早就?|已经|早都)?(?:发|传|上传|给)(?:过|了)|(?:发|传)过(?:照片|图片|图|视频)")]
    private static partial Regex PhotosSentBefore();

    [GeneratedRegex("(?:为啥|为什么|怎么|咋|凭什么)(?:要|就)?(?:给我)?(?:关|拒|驳回|不给退|没通过|不通过)")]
    private static partial Regex WhyClosed();
}

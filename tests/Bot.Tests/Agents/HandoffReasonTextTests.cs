using ShopBot.Bot.Agents;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using Xunit;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>Every reason a dialog hands a buyer over for reads as Chinese in the agent console, never as its code.</summary>
public sealed class HandoffReasonTextTests
{
    public static TheoryData<string> DialogReasons() =>
    [
        PolicyTopics.CourierFeeReason, PolicyTopics.InterceptReason, BulkOrSpecialInvoice.WholesaleReason,
        BulkOrSpecialInvoice.SpecialInvoiceReason, AnswerFlows.ComplaintReason, ProductQuestion.ManualCopy,
        QualityReturnFlow.RepairSwap,
        // Reasons of internal classes, by their codes.
        "refund_not_arrived", "refund_overdue", "refund_dispute", "payment_deducted",
    ];

    [Theory]
    [MemberData(nameof(DialogReasons))]
    public void A_dialog_reason_is_worded_in_chinese(string code)
    {
        var text = HandoffReasonText.Of("flow needs a person: " + code);

        Assert.StartsWith("需要人工处理：", text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.DoesNotContain('_', text);
    }
}

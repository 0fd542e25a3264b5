namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The apology for an order past the shop's shipping promise, said once per order in a conversation: a refund recorded
/// after the hurry answer already apologised ("不想要了 直接给我退了吧") does not open with a second "是我们的问题".
/// </summary>
internal static class OverdueApology
{
    public const string TemplateId = "refund_unshipped.overdue_apology";

    private static readonly string[] Apologies =
    [
        TemplateId,
        "refund_unshipped.confirm_overdue",
        "hurry.urgent_past_promise",
        "track.not_shipped_past_promise",
        "track.shipped_no_tracking_past_promise",
    ];

    public static void SayOnce(FlowContext context, string? orderNumber, IReadOnlyDictionary<string, string?> slots)
    {
        if (!Apologies.Any(id => context.Told(id, orderNumber)))
        {
            context.Say(TemplateId, slots);
        }
    }
}

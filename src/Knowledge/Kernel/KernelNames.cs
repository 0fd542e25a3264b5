namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// Plugin and function names as the kernel and the chat model see them (the OpenAI connector joins them with '-',
/// e.g. <c>Orders-get_order</c>). Callers invoke functions by these names, so a rename happens in one place.
/// </summary>
public static class KernelNames
{
    public const string Orders = "Orders";
    public const string AfterSales = "AfterSales";
    public const string Policies = "Policies";
    public const string Answers = "Answers";

    public const string ListOrders = "list_orders";
    public const string GetOrder = "get_order";

    public const string HurryNote = "record_hurry_note";
    public const string RefundRequest = "request_refund";
    public const string ReturnCase = "open_return_case";
    public const string InvoiceRequest = "request_invoice";
    public const string LostParcel = "report_lost_parcel";
    public const string LogisticsFollowUp = "follow_up_logistics";
    public const string Reship = "request_reship";
    public const string QualityCase = "record_quality_case";
    public const string Compensation = "record_compensation";
    public const string DelayShipment = "record_delay_shipment";
    public const string CombineShipment = "record_combine_shipment";
    public const string RefundCheck = "request_refund_check";
    public const string AddressChange = "request_address_change";
    public const string OrderChange = "request_order_change";
    public const string PartialCancel = "request_partial_cancel";
    public const string OrderCases = "list_order_cases";
    public const string WithdrawCase = "withdraw_case";
    public const string RefundWithdrawal = "record_refund_withdrawal";
    public const string ReturnParcel = "note_return_parcel";

    public const string SearchPolicies = "search_policies";
    public const string BestPolicy = "best_policy";

    public const string AnswerQuestion = "answer_question";

    /// <summary>Functions whose string result is shown to the buyer as it is, so the reply screen checks it.</summary>
    public static bool IsBuyerFacing(string? pluginName, string functionName) =>
        pluginName == Answers && functionName == AnswerQuestion;
}

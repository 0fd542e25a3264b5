namespace ShopBot.Knowledge.Intents;

/// <summary>Intent ids. Evaluations and trainers rely on them: never rename one.</summary>
public static class IntentIds
{
    public const string Track = "track";
    public const string Hurry = "hurry";
    public const string RefundUnshipped = "refund_unshipped";
    public const string QualityReturn = "quality_return";
    public const string Invoice = "invoice";
    public const string Human = "human";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string ChangeAddress = "change_address";
    public const string NoReasonReturn = "no_reason_return";
    public const string Complaint = "complaint";
    public const string Payment = "payment";
    public const string Other = "other";
    public const string PriceProtection = "price_protection";
    public const string DelayShipment = "delay_shipment";
    public const string Installation = "installation";
    public const string Repair = "repair";
    public const string CourierChoice = "courier_choice";
    public const string RestoreOrder = "restore_order";

    /// <summary>The six intents whose ids and meaning are part of the evaluation contract.</summary>
    public static IReadOnlyList<string> Core { get; } = [Track, Hurry, RefundUnshipped, QualityReturn, Invoice, Human];
}

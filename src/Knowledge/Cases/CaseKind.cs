namespace ShopBot.Knowledge.Cases;

/// <summary>What a case is about. The lower-case names of <see cref="CaseKinds.Name"/> are a contract of the agent console and the register.</summary>
public enum CaseKind
{
    /// <summary>The buyer asked to ship faster while still within the shipping promise.</summary>
    HurryNote,

    /// <summary>The buyer asked after the shipping promise had passed: needs a person soon.</summary>
    UrgentNote,

    /// <summary>Refund of an order not yet shipped, with the buyer's reason.</summary>
    RefundRequest,

    /// <summary>Return of a delivered order (quality problem or no-reason), with description and photos.</summary>
    Return,

    /// <summary>Exchange of a delivered order, with description and photos.</summary>
    Exchange,

    InvoiceRequest,

    /// <summary>Money given for a small defect the buyer keeps (no more than the postage without a supervisor).</summary>
    Compensation,

    /// <summary>A parcel the courier lost, or one shown as signed that the buyer never received.</summary>
    LostParcel,

    /// <summary>Pieces or parts missing from a delivery, sent again after a person checks.</summary>
    Reship,

    /// <summary>A parcel whose tracking stopped moving, or a courier who will not deliver: the shop chases the courier.</summary>
    LogisticsFollowUp,

    /// <summary>The buyer asked to ship an unshipped order later: a person confirms whether the warehouse can hold it.</summary>
    DelayShipment,

    /// <summary>A new delivery address for an order not yet shipped, in the description, for the warehouse to change.</summary>
    AddressChange,

    /// <summary>A fault the buyer wants repaired, not refunded: a person arranges the repair.</summary>
    Repair,

    /// <summary>A problem with the goods the buyer reports without asking for anything yet: kept for a person to follow.</summary>
    QualityReport,

    /// <summary>The buyer withdraws a refund under way: the shop must not agree it, and an unshipped order ships as usual.</summary>
    RefundWithdrawal,

    /// <summary>A change to an order not yet shipped (size, colour, spec, quantity, an item to add, the courier), from what to what, for the warehouse to confirm.</summary>
    OrderChange,

    /// <summary>
    /// Paid orders not yet shipped, to the same address and none of them refunding, that the buyer wants in one parcel:
    /// the warehouse packs them together (never a hold of either order).
    /// </summary>
    CombineShipment,

    /// <summary>
    /// A refund shown as paid back whose money the buyer has not seen: a person checks where it went and gives the buyer
    /// the refund proof to take to the bank.
    /// </summary>
    RefundCheck,
}

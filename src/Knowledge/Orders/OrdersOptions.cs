using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Orders;

/// <summary>The order export the bot reads and the shop's shipping rules, bound from <c>Orders</c>.</summary>
public sealed class OrdersOptions : IValidatableObject
{
    public const string Section = "Orders";

    /// <summary>The seller centre's order export (CSV, GBK or UTF-8); a relative path is taken from <c>knowledge-base/</c>.</summary>
    [Required]
    public string ImportPath { get; set; } = "orders/taobao-orders-sample.csv";

    /// <summary>The shop's promise: goods leave within this many hours of payment.</summary>
    [Range(1, 720)]
    public int ShippingPromiseHours { get; set; } = 72;

    /// <summary>The platform's payment time: an order left unpaid this many hours after it was placed closes by itself.</summary>
    [Range(1, 720)]
    public int UnpaidCloseHours { get; set; } = 72;

    /// <summary>A parcel shipped this many days ago and not yet confirmed counts as shipped long ago (worth a check with the courier).</summary>
    [Range(1, 60)]
    public int ShippedLongAgoDays { get; set; } = 10;

    /// <summary>
    /// For the invented sample only: the moment its times were written against. When set, every imported time moves
    /// by the time since then, so that this moment becomes now and the sample's "paid 80 hours ago" stays true.
    /// Leave empty for a real export.
    /// </summary>
    public DateTimeOffset? SampleAnchorTime { get; set; }

    /// <summary>
    /// The couriers the shop ships with as a rule, in the shop's words ("中通", "圆通"): one of them wished for costs no
    /// difference and naming one after another courier was noted ("中通就行") lets that courier go; any other courier named
    /// is a change a colleague confirms. Empty: every courier named is such a change.
    /// </summary>
    public IList<string> UsualCouriers { get; set; } = [];

    /// <summary>How often, at most, the store looks at the export file's time stamp to pick up a re-import.</summary>
    [Range(0, 3600)]
    public int ReloadCheckSeconds { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SampleAnchorTime is { Year: < 2000 or > 2100 })
        {
            yield return new ValidationResult("Orders:SampleAnchorTime must be a time between 2000 and 2100.", [nameof(SampleAnchorTime)]);
        }
    }
}

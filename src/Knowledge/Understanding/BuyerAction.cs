namespace ShopBot.Knowledge.Entities;

/// <summary>What a buyer can ask the shop to do; the verbs that negation, correction and conditions act on.</summary>
public enum BuyerAction
{
    /// <summary>退款, 退钱, 不退了 (refund_unshipped, no_reason_return).</summary>
    Refund,

    /// <summary>退货, 寄回 (no_reason_return, quality_return).</summary>
    Return,

    /// <summary>换货, 换一个.</summary>
    Exchange,

    /// <summary>取消订单 (refund_unshipped).</summary>
    Cancel,

    /// <summary>催发货, 快点发 (hurry).</summary>
    Hurry,

    /// <summary>开发票 (invoice).</summary>
    Invoice,

    /// <summary>改地址 (change_address).</summary>
    ChangeAddress,
}

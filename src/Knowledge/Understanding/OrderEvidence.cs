namespace ShopBot.Knowledge.Entities;

/// <summary>How the buyer pointed at an order.</summary>
public enum OrderEvidence
{
    /// <summary>The full 18–19 digit order number.</summary>
    OrderNumber,

    /// <summary>The last digits of the number: 尾号5921, 后四位 0842.</summary>
    LastDigits,

    /// <summary>A place in the list as given: 第二个, 2, 最后一个, 上面那个.</summary>
    Ordinal,

    /// <summary>A word of the order's title or a synonym of one: 台灯那一单, 杯子.</summary>
    Product,

    /// <summary>What the order cost: 239那个, 89块的.</summary>
    Price,

    /// <summary>When it was bought: 11月19号买的, 上周五那单, 昨天下的单.</summary>
    Date,

    /// <summary>Who carries it: 圆通的那个, 顺丰那单.</summary>
    Carrier,

    /// <summary>Where it stands: 还没发的那个, 已经发了的那单.</summary>
    State,

    /// <summary>The parcel's own tracking number: 中通那单 77312088145290, YT7510301458826 这个.</summary>
    TrackingNumber,
}

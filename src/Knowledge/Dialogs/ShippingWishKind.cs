namespace ShopBot.Knowledge.Dialogs;

/// <summary>The kinds of shipping wish a buyer adds to another need; a colleague confirms a courier and a combined parcel.</summary>
public enum ShippingWishKind
{
    /// <summary>"能发顺丰吗 补运费也行", "别发中通": a courier asked for or refused, with who pays any difference.</summary>
    Courier,

    /// <summary>"发之前跟我说一声", "寄出前通知我": the buyer wants to hear before it ships.</summary>
    Notify,

    /// <summary>"压不了就直接发": if the hold cannot be kept, ship as usual.</summary>
    ShipIfNotHeld,

    /// <summary>"跟羽绒服一起发", "俩一起寄": ship with another order.</summary>
    Together,

    /// <summary>"周三前要用": the day the goods are needed by, never promised.</summary>
    NeededBy,
}

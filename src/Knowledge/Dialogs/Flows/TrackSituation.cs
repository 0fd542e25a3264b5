namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What a buyer asking after a parcel is living through, read from their words.</summary>
public enum TrackSituation
{
    /// <summary>Just where it is.</summary>
    WhereIsIt,

    /// <summary>Shown as signed or the trade completed, but the buyer has nothing.</summary>
    NotReceived,

    /// <summary>The tracking has not moved for days.</summary>
    Stalled,

    /// <summary>The courier will not deliver, or cannot be reached.</summary>
    CourierProblem,

    /// <summary>The parcel arrives damaged and has not been signed for yet.</summary>
    DamagedInTransit,

    /// <summary>The buyer needs it by a certain time.</summary>
    NeededBy,

    /// <summary>The buyer asks the shop to contact or chase the courier.</summary>
    FollowUpRequested,
}

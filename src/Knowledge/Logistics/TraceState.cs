namespace ShopBot.Knowledge.Logistics;

/// <summary>Where a parcel stands according to its carrier's latest scans.</summary>
public enum TraceState
{
    /// <summary>Moving between depots (在途), forwarded to another carrier, or in customs.</summary>
    InTransit,

    /// <summary>Picked up by the carrier (揽收); the first scan exists.</summary>
    Collected,

    /// <summary>A problem the carrier flagged (疑难): undeliverable address, held, damaged, no answer.</summary>
    Problem,

    /// <summary>Signed for (签收), by the receiver, someone else, a parcel locker or a station.</summary>
    Signed,

    /// <summary>Sent back and signed for by the shop (退签).</summary>
    ReturnedToShop,

    /// <summary>Out for delivery in the receiver's city (派件), or put in a locker or station to collect.</summary>
    OutForDelivery,

    /// <summary>On its way back to the shop (退回).</summary>
    Returning,

    /// <summary>The receiver refused it (拒签).</summary>
    Refused,
}

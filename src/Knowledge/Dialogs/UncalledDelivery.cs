using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "上次中通放驿站也不打电话", "扔门口 电话都没打一个", "没给我打电话就放柜子了": a courier who did not call before leaving
/// a parcel. It is a complaint about a delivery, never a phone number to change nor a wish to talk on the phone.
/// </summary>
public static partial class UncalledDelivery
{
    /// <summary>The line names a delivery made without a call.</summary>
    public static bool Tells(string compactText) => NotCalled().IsMatch(compactText ?? string.Empty);

    /// <summary>The compact text with every "did not call" cut out, so what is left is what the buyer asks for.</summary>
    public static string Without(string compactText) => NotCalled().Replace(compactText ?? string.Empty, "，");

    [GeneratedRegex("(?:也|都|从来|根本|从)?(?:不|没|没有|不会|不肯|不先)(?:先|提前)?(?:给我|跟我|和我|联系我|给|跟)?(?:先|提前)?(?:打|拨|来)(?:个|一个|一下|一通|了)?(?:电话|手机)" +
        "|电话(?:也|都|一个也|一个都)?(?:不|没|没有)(?:打|拨|来)|(?:一个|个)电话(?:也|都)(?:不|没|没有)(?:打)?")]
    private static partial Regex NotCalled();
}

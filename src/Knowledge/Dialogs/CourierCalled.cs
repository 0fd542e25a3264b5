using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "打电话给圆通也说查不到", "我打了电话问快递", "给中通客服打过电话了": the buyer has called the courier already. It tells
/// what the courier said, never a wish to be called by the shop nor to talk on the phone.
/// </summary>
public static partial class CourierCalled
{
    /// <summary>The compact text with every call to the courier cut out, so what is left is what the buyer asks for.</summary>
    public static string Without(string compactText) => CalledCourier().Replace(compactText ?? string.Empty, "，");

    [GeneratedRegex("(?:打|拨)(?:了|过)?(?:个|一个|好几个|几个|几次|好几次)?(?:电话)(?:给|问|到)(?:了)?(?:快递|物流|圆通|中通|顺丰|韵达|申通|极兔|京东|邮政|ems|德邦|网点|驿站|派送员|小哥|配送员)" +
        "|给(?:快递|物流|圆通|中通|顺丰|韵达|申通|极兔|京东|邮政|ems|德邦|网点|驿站|派送员|小哥|配送员)(?:的)?(?:客服|网点|快递员)?(?:也|都)?(?:打|拨)(?:了|过)?(?:个|好几个|几个)?电话")]
    private static partial Regex CalledCourier();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "先别动 我晚上让他试试再说", "要是改不了就算了 先别给我退", "先不改了 放一放": right after a change was noted, the
/// buyer holds it off. That takes the open change back (nobody acts on it, the order ships as bought); it is never a
/// correction asking for the new value, nor a put-off that leaves the note for the warehouse.
/// </summary>
public static partial class OrderChanges
{
    /// <summary>True when the words hold off the change just asked for, whatever else they add about later.</summary>
    public static bool HoldsOff(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return HeldOff().IsMatch(Compact(normalizedText));
    }

    /// <summary>The reply to a hold-off: with the day the order ships by while the promise still runs.</summary>
    public static string HeldOffTemplate(OrderFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.HoursLeftToShip > 0 ? ".held_off_ship_by" : ".held_off";
    }

    // "先别动", "暂时不要改", "先不换了", "改不了就算了", "换不了的话那就算了", "不行的话就算了", "先放一放", "先放着吧".
    // A value after the verb ("先别改成140") is a correction, which the correction path reads; "退款先别弄了" holds off
    // the refund named before it, which its own record answers.
    [GeneratedRegex("(?<!(?:退款|退货|退钱|退|取消|发票|地址|加急|催单|压单)[^，,。]{0,2})(?:先|暂时|暂且|还是先)(?:别|不要|不用|不)(?:动|改|换|弄|搞|折腾)(?!成|为|到|[0-9a-z])|(?:改|换|弄)不(?:了|成)(?:的话)?(?:那)?(?:就)?算了|不行(?:的话)?(?:那)?就?算了|先放(?:一放|放|着)")]
    private static partial Regex HeldOff();
}

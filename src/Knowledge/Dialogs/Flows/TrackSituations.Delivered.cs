using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Parcels the courier says were delivered, left at the door or put in a locker, that the buyer cannot find.</summary>
public static partial class TrackSituations
{
    /// <summary>
    /// "快递显示放门口了 我回家没看到", "快递柜里找不到", "显示送达了但没拿到", "显示签收了 家里没人收啊", "显示送到了 东西呢":
    /// delivered by the courier's word and not found.
    /// It is a parcel not received, for a person to take up with the courier, never the tracking number again.
    /// </summary>
    public static bool SaysLeftButNotFound(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return (LeftSomewhere().IsMatch(compact) && NotFound().IsMatch(compact)) || (ShownSigned().IsMatch(compact) && NobodyTookIt().IsMatch(compact));
    }

    /// <summary>"显示签收了", "物流显示已经签收": the courier's record says delivered, not yet that it is missing.</summary>
    public static bool SaysShownSigned(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return ShownSigned().IsMatch(compact) && !AsksWhetherSigned().IsMatch(compact);
    }

    [GeneratedRegex("(签收|送达|送到)了?(吗|嗎|么|没|沒)")]
    private static partial Regex AsksWhetherSigned();

    /// <summary>"放门口了", "快递柜里": the buyer names where the courier left it, so the courier is asked where exactly.</summary>
    public static bool NamesDropPlace(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return DropPlace().IsMatch(CompactText.Of(normalizedText));
    }

    /// <summary>"问了门卫也没有", "驿站和快递柜都找过了": the buyer already looked where a parcel is usually left.</summary>
    public static bool SaysPlacesChecked(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return PlacesChecked().IsMatch(CompactText.Of(normalizedText));
    }

    [GeneratedRegex("(?:门卫|保安|物业|前台|邻居|快递柜|丰巢|驿站|菜鸟|代收点|家里人|家人)[^,.;!?。！？；]{0,8}?(?:也|都)?(?:没有|没|沒有|沒|找不到|没找到|找过了|问过了|看过了)")]
    private static partial Regex PlacesChecked();

    [GeneratedRegex("门口|门外|楼下|门卫|物业|前台|快递柜|丰巢|驿站|菜鸟|代收点|柜子")]
    private static partial Regex DropPlace();

    [GeneratedRegex("放(在)?(门口|门外|家门口|楼下|门卫|物业|前台|快递柜|丰巢|驿站|菜鸟|代收点)|(快递柜|丰巢|驿站|菜鸟|代收点|门口|柜子)(里|那|里面)?|显示(已经?)?(签收|送达|派送成功|投递|妥投|放)|已(签收|送达|妥投)")]
    private static partial Regex LeftSomewhere();

    [GeneratedRegex("显示(已经?|都)?(签收|送达|送到|派送成功|妥投)|已(经)?(签收|送达|妥投)")]
    private static partial Regex ShownSigned();

    // Said of a parcel shown as signed only: "家里没人收啊", "谁签的", "东西呢" (without the signing, 没人收 is a delivery wish).
    [GeneratedRegex("没(有)?人(收|签|取)|谁(签|收)的|(我|家里人?)(都|也)?没(签|收)|不是我签|(东西|包裹|快递|货)(呢|在哪|去哪)")]
    private static partial Regex NobodyTookIt();

    [GeneratedRegex("(没|没有|不)(看到|看见|找到|拿到|收到|见到|取到)|(里|那|上)(面|边)?(没有|没)(啊|呀|哦|诶|的|东西|我的)?$|没有(啊|呀|哦|诶)|(都|还是|也|仍然|依然|就是)(没有|沒有|沒)(啊|呀|哦|诶)?$|都没有|找不到|找不着|没找着|不见了|没东西|空的|被(人)?拿走|丢了|取不到|没有我的")]
    private static partial Regex NotFound();
}

using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>The places a parcel may be handed over at, and the words that rule one out.</summary>
public static partial class DeliveryWish
{
    /// <summary>"放驿站 别放门口", "放驿站就行 不用送上门": the door ruled out, so the station is what is wanted.</summary>
    [GeneratedRegex("(别|不要|不用|不想|不必|无需|不需要)(给我)?(放|送货?)?(在|到)?(家)?(门口|上门|上楼|到家)")]
    private static partial Regex NoDoor();

    /// <summary>
    /// "别放驿站", "放驿站也不行", "驿站不要", "怕他直接放驿站", "放驿站我怕丢", "驿站太远": a station ruled out, whichever side
    /// the refusal or the fear stands.
    /// </summary>
    [GeneratedRegex("(别|不要|不想|不用|不能)(放|送|寄|投)?(到|去|进|在)?(驿站|菜鸟驿站|代收点|快递点)|(怕|担心|生怕|就怕)[^，,。]{0,8}(放|扔|丢|送|搁)(到|去|进|在)?(驿站|菜鸟驿站|代收点|快递点)|(驿站|代收点|快递点)[^，,。]{0,2}(也|都)?(不行|不要|不可以|不放心|别放|不能放)(?!(在|到)?(家)?(门口|上门|家里|楼下|快递柜|丰巢|门卫|前台))|(驿站|代收点|快递点)[^，,。]{0,4}(怕|担心|容易|老是?|总是?|经常|会)(被)?(丢|偷|拿错|弄丢|丢件)|(驿站|代收点|快递点)[^，,。]{0,2}(太远|好远|很远)")]
    private static partial Regex NoStation();

    [GeneratedRegex("驿站|代收点|快递点|快递柜|丰巢|菜鸟柜|智能柜|自提柜|柜子|门卫|传达室|保安室|前台|物业|收发室|上门|门口|送到家")]
    private static partial Regex Place();

    [GeneratedRegex("驿站|代收点|快递点")]
    private static partial Regex Station();

    /// <summary>"别放快递柜", "放快递柜也不行", "丰巢老是满": a locker ruled out, whichever side the refusal stands.</summary>
    [GeneratedRegex("(别|不要|不想|不用|不能)(放|送|寄|投)?(到|去|进|在)?(快递柜|丰巢|菜鸟柜|智能柜|自提柜|柜子)|(快递柜|丰巢|菜鸟柜|智能柜|自提柜|柜子)[^，,。]{0,2}(也|都)?(不行|不要|不可以|不放心|别放|不能放|放不了|放不进)|(快递柜|丰巢|菜鸟柜|智能柜|自提柜|柜子)[^，,。]{0,4}(老是|总是|经常|常常|一直|天天)?(满|没格子|没空)")]
    private static partial Regex NoLocker();

    [GeneratedRegex("定时(派送|送|派件|配送)|约(个|好)?时间(送|派|配送)?|指定(时间|几点|哪天)(送|派)|预约(派送|送货|配送)|(几点|什么时间)(送|派)(过来|来|到)?(行|可以|能)|(送|派)(货|件)?(时间|几点)(能|可以)(约|定|指定)|(周[一二三四五六日天]|星期[一二三四五六日天]|工作日|下周)(再)?(送|派送|派件|配送)")]
    private static partial Regex TimedDelivery();

    [GeneratedRegex("快递柜|丰巢|菜鸟柜|智能柜|自提柜|柜子")]
    private static partial Regex Locker();

    [GeneratedRegex("门卫|传达室|保安室|前台|物业|收发室")]
    private static partial Regex Guard();

    [GeneratedRegex("送(货)?上门|送到家|送到门口|放(在)?门口|上楼")]
    private static partial Regex Door();

    [GeneratedRegex("(家里|家中|家|公司|单位|办公室|店里)[^，,。]{0,3}(没人|没有人)|不在家|没人(在家|收|签收|接收)|(要|得|准备)出门|外出")]
    private static partial Regex Away();

    [GeneratedRegex("公司|单位|办公室|店里")]
    private static partial Regex Workplace();
}

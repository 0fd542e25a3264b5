using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Which parts of the order's delivery details the buyer keeps while changing another: "地址不变，只改电话",
/// "收件人改成王大明，电话地址都不变", "其他不变", "只改门牌号", "收件人还是我". A part kept is taken from the order,
/// never asked for again.
/// </summary>
public static partial class AddressKeeps
{
    /// <summary>The parts kept, from the buyer's words (spaces removed).</summary>
    public static (bool Name, bool Mobile, bool Address) Of(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        bool name = false, mobile = false, address = false;
        foreach (Match kept in KeptList().Matches(compactText))
        {
            var parts = kept.Groups["parts"].Value;
            name |= NameWord().IsMatch(parts);
            mobile |= MobileWord().IsMatch(parts);
            address |= AddressWord().IsMatch(parts);
        }

        if (OnlyChange().Match(compactText) is { Success: true } only)
        {
            var changed = only.Groups["part"].Value;
            name |= !NameWord().IsMatch(changed);
            mobile |= !MobileWord().IsMatch(changed);
            address |= !AddressWord().IsMatch(changed) || RoomWord().IsMatch(changed);
        }

        if (OthersKept().IsMatch(compactText))
        {
            // "收件人改成王大明 其他不变": everything the message does not change stays.
            var changing = Changing().Matches(compactText).Select(m => m.Groups["part"].Value).ToList();
            name |= !changing.Any(p => NameWord().IsMatch(p));
            mobile |= !changing.Any(p => MobileWord().IsMatch(p));
            address |= !changing.Any(p => AddressWord().IsMatch(p) && !RoomWord().IsMatch(p));
        }

        if (ContactWrong().IsMatch(compactText) && !AddressChanged().IsMatch(compactText) && !AddressWord().IsMatch(compactText))
        {
            // "收货电话错了 不是…8888 是…8899": only the contact named is wrong, the address is not touched.
            address = true;
        }

        name |= SelfStill().IsMatch(compactText);
        return (name, mobile, address);
    }

    /// <summary>
    /// "其他都不变 谢谢": only the rest is said to stay, no part named. After a change was recorded this keeps what was
    /// changed, never takes a new phone or recipient back to the order's.
    /// </summary>
    public static bool KeepsRestOnly(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return OthersKept().IsMatch(compactText) && !NameWord().IsMatch(compactText) && !MobileWord().IsMatch(compactText)
            && !AddressWord().IsMatch(compactText) && !SelfStill().IsMatch(compactText);
    }

    /// <summary>
    /// "电话不对 改成138…" says only a contact part is wrong and nothing of the address: the address stays as on the
    /// order only when no new one was given before.
    /// </summary>
    public static bool OnlyContactWrong(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ContactWrong().IsMatch(compactText) && !AddressChanged().IsMatch(compactText) && !AddressWord().IsMatch(compactText);
    }

    /// <summary>The words without the parts they keep as they are ("地址不变", "收件人电话都不变").</summary>
    public static string WithoutKept(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeptList().Replace(text, " ");
    }

    /// <summary>
    /// The contact parts the buyer asks to change ("改个电话", "电话改成…", "只改收件人"), which must then be given and
    /// are never taken from the order.
    /// </summary>
    public static (bool Name, bool Mobile) Wanted(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        var parts = Want().Matches(compactText).Select(m => m.Groups["part"].Value)
            .Concat(Changing().Matches(compactText).Select(m => m.Groups["part"].Value))
            .Concat(ContactWrong().Matches(compactText).Select(m => m.Groups["part"].Value))
            .Concat(PartThenChange().Matches(compactText).Select(m => m.Groups["part"].Value)).ToList();
        return (parts.Any(p => NameWord().IsMatch(p)), parts.Any(p => MobileWord().IsMatch(p)));
    }

    /// <summary>"收货电话错了 不是…8888 是…8899": a wrong phone on the order, told with the right mobile number.</summary>
    public static bool CorrectsMobile(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ContactWrong().Match(compactText) is { Success: true } wrong && MobileWord().IsMatch(wrong.Groups["part"].Value)
            && MobileNumber().IsMatch(compactText);
    }

    /// <summary>"电话也换下 139…", "手机号改成139…", "收货电话错了 是139…": a new mobile number for the delivery, given now.</summary>
    public static bool ChangesMobile(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return (CorrectsMobile(compactText) || Wanted(compactText).Mobile) && MobileNumber().IsMatch(compactText);
    }

    /// <summary>True when the text holds a mobile number ("13206618898").</summary>
    public static bool HoldsMobile(string compactText) => MobileNumber().IsMatch(compactText ?? string.Empty);

    /// <summary>
    /// "电话留错了", "手机号换一下", "电话能改下吗": the delivery phone is to change, the number given or not; never the
    /// courier's own phone ("快递员电话换了").
    /// </summary>
    public static bool AsksMobileChange(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Wanted(compactText).Mobile && !CourierPhone().IsMatch(compactText);
    }

    [GeneratedRegex("快递员|快递小哥|派送员|送货员|骑手|师傅的?(电话|手机)")]
    private static partial Regex CourierPhone();

    /// <summary>
    /// "门牌号填错了 应该是602室", "收货电话错了 是132…", "电话留错了", "省填错了 应该是江苏": one part of the delivery
    /// details is put right, which is a change of address whatever the model makes of it.
    /// </summary>
    public static bool CorrectsPart(string compactText) =>
        NewRoomNumber(compactText) is not null || ChangesMobile(compactText) || AsksMobileChange(compactText) || SaysProvinceWrong(compactText);

    /// <summary>"省份填错了", "省填成浙江了", "省份好像选错了", "苏州是江苏省的 我写成浙江了": the province is what is wrong.</summary>
    public static bool SaysProvinceWrong(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ProvinceWrong().IsMatch(compactText);
    }

    [GeneratedRegex("省份?(?:好像|可能|是不是|应该)?(?:填|写|弄|搞|选)?(?:错|成)|是\\p{IsCJKUnifiedIdeographs}{2,3}?省?的[^，,。]{0,6}?(?:写|填|选|弄)成")]
    private static partial Regex ProvinceWrong();

    /// <summary>
    /// "收货地址写成浙江省苏州市了 苏州是江苏的 应该是江苏省苏州市…", "地址写的浙江省苏州市 帮我改成江苏省": the words without the place written wrong (from
    /// "写成" to "应该是"), so the address read is the right one; null when no wrong place is said before a right one.
    /// </summary>
    public static string? WithoutWrongPlace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = WrittenAs().Match(text);
        var right = written.Success ? RightIs().Match(text, written.Index + written.Length) : Match.Empty;
        return right.Success && PlaceWord().IsMatch(text.AsSpan(written.Index, right.Index - written.Index)) && PlaceWord().IsMatch(text.AsSpan(right.Index))
            ? string.Concat(text.AsSpan(0, written.Index), text.AsSpan(right.Index))
            : null;
    }

    [GeneratedRegex("写成|写的是?|写错成|填成|填的是?|填错成|选成|选的是")]
    private static partial Regex WrittenAs();

    [GeneratedRegex("应该是|应该为|应为|改成|改为|换成|正确的是|实际是")]
    private static partial Regex RightIs();

    [GeneratedRegex("[省市区县]")]
    private static partial Regex PlaceWord();

    /// <summary>"改地址", "新地址", "地址改成": the address itself changes.</summary>
    public static bool ChangesAddress(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return AddressChanged().IsMatch(compactText);
    }

    /// <summary>"门牌号写错了 应该是602室", "房间号改成1202": the new number (with its unit when said), or null.</summary>
    public static string? NewRoomNumber(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return RoomChange().Match(compactText) is { Success: true } m ? m.Groups["new"].Value : null;
    }

    /// <summary>The words without the room change ("四件套那单" of "四件套那单门牌号写错了应该是602室"), or null when none is said.</summary>
    public static string? WithoutRoom(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return RoomChange().Match(compactText) is { Success: true } m ? compactText.Remove(m.Index, m.Length) : null;
    }

    /// <summary>
    /// The order's detail with its room (the number with the unit given, else the last number) replaced:
    /// "文三路88号晴川苑3幢502室" with "602室" becomes "文三路88号晴川苑3幢602室".
    /// </summary>
    public static string Renumbered(string detail, string newNumber)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(newNumber);
        var digits = newNumber.TakeWhile(char.IsAsciiDigit).Count();
        var unit = newNumber[digits..];
        var numbers = NumberWithUnit().Matches(detail).Where(m => unit.Length == 0 || m.Groups["u"].Value == unit).ToList();
        if (numbers.Count == 0)
        {
            return detail + newNumber;
        }

        var last = numbers[^1];
        // "9-1-1001" read without its dashes is "911001": the building and unit numbers before the room are dropped.
        var before = string.Concat(detail[..last.Index].Reverse().TakeWhile(c => char.IsAsciiDigit(c) || c == '-').Reverse().Where(char.IsAsciiDigit));
        var room = newNumber[..digits];
        if (before.Length > 0 && room.Length > before.Length && room.StartsWith(before, StringComparison.Ordinal))
        {
            room = room[before.Length..];
        }

        var replacement = room + (unit.Length > 0 ? unit : last.Groups["u"].Value);
        return string.Concat(detail.AsSpan(0, last.Index), replacement, detail.AsSpan(last.Index + last.Length));
    }

    [GeneratedRegex("(?<parts>(?:(?:收件人|收货人|联系人|名字|姓名|人|电话号码|电话|手机号码|手机号|手机|号码|联系方式|收货地址|地址)(?:和|跟|、|,|，|还有|以及)?){1,3})(?:都|也|就|还是|先)?(?:不变|没变|不用改|不改|不用动|不动|不需要改|一样|照旧|还是原来的?|用原来的?|同原来的?|跟原来一样|和原来一样|没问题|是对的|(?:还是|就)?(?:用|写|填)?我(?:自己|本人)?的(?![0-9]))")]
    private static partial Regex KeptList();

    // "就电话改一下 139…", "只把手机号换一下": the part named before the change is the only one changed.
    [GeneratedRegex("(?:只|就只|只是|仅|就)(?:要|想|需要)?(?:改|换|修改|更改)(?:一下|下)?(?<part>收件人|收货人|联系人|名字|姓名|电话号码|电话|手机号码|手机号|手机|号码|门牌号?|房间号?|房号|楼号)|(?:只|就只|只是|仅|就)(?:把)?(?<part>收件人|收货人|联系人|电话号码|电话|手机号码|手机号|手机)(?:号码)?(?:要|想|需要|帮我)?(?:改|换|修改|更改)(?!成|为)")]
    private static partial Regex OnlyChange();

    [GeneratedRegex("(?:改|换|修改|更改)(?:一下|下|个|一个)?(?:新的?)?(?:收件|收货|联系)?(?<part>收件人|收货人|联系人|名字|姓名|电话号码|电话|手机号码|手机号|手机|联系方式)")]
    private static partial Regex Want();

    /// <summary>"电话也换下", "手机号要改一下", "联系方式换个", "电话也顺便换一个": the part named first, then the change.</summary>
    [GeneratedRegex("(?<part>收件人|收货人|联系人|电话号码|电话|手机号码|手机号|手机|联系方式)(?:也|要|得|需要|帮我|麻烦|能|可以|能不能|可不可以|顺便|一起|同时|还要)*(?:换|改|修改|更改|变)(?:一下|下|个|成|为)?")]
    private static partial Regex PartThenChange();

    [GeneratedRegex("改(?:一下|下|个)?(?:收货)?地址|地址要?(?:改|换)|新(?:的)?(?:收货)?地址|地址(?:写错|填错|错了)|搬家")]
    private static partial Regex AddressChanged();

    [GeneratedRegex("(?:其他|其它|别的|其余|剩下的)(?:都|的)?(?:不变|没变|不用改|不改|一样|照旧)")]
    private static partial Regex OthersKept();

    [GeneratedRegex("(?<part>收件人|收货人|联系人|名字|姓名|电话|手机|号码|门牌号?|房间号?|房号|地址)(?:写错了?|错了|不对)?[,，]?(?:改成|改为|换成|应该是|应为|是)")]
    private static partial Regex Changing();

    [GeneratedRegex("(?<part>收件人|收货人|联系人|姓名|电话号码|电话|手机号码|手机号|手机)(?:号码)?(?:填|写|留|输|打)?(?:错了?|不对)")]
    private static partial Regex ContactWrong();

    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex MobileNumber();

    [GeneratedRegex("收件人|收货人|联系人|名字|姓名|^人")]
    private static partial Regex NameWord();

    [GeneratedRegex("电话|手机|号码|联系方式")]
    private static partial Regex MobileWord();

    [GeneratedRegex("地址|门牌|房间|房号|楼号")]
    private static partial Regex AddressWord();

    [GeneratedRegex("门牌|房间|房号|楼号")]
    private static partial Regex RoomWord();

    [GeneratedRegex("(?:收件人|收货人)(?:还是|就是|仍然是|依旧是)(?:写|填|用)?我|还是我(?:本人)?收|(?:收件人|收货人|名字)(?:还是|仍然是|依旧是|照旧是?)(?!原来)[\\p{IsCJKUnifiedIdeographs}]{2,4}(?:$|[,，。 ]|电话|手机)")]
    private static partial Regex SelfStill();

    // "地址写错了 是海景苑9-1-1001 不是101": the number said against the wrong one is the new room (its last part).
    // "房号错了 9-1-102 不是101": the right number first, the wrong one after.
    [GeneratedRegex("(?:门牌号?|房间号?|房号|室号)(?:写错了?|错了|不对|填错了?)?[,，]?(?:应该是|应为|改成|改为|换成|是)(?<new>[0-9]+[号室]?)|(?:门牌号?|房间号?|房号|室号)(?:写错了?|错了|不对|填错了?)[,，]?(?:[0-9]+-)*(?<new>[0-9]+[号室]?)[,，]?不是|地址(?:写错了?|填错了?|错了|不对|要改成?|改成|改为)?[,，]?(?:应该是|应为|是)?[^0-9,，]{0,10}(?:[0-9]+-)*(?<new>[0-9]+[号室]?)[,，]?不是(?:[0-9]+-)*[0-9]+[号室]?")]
    private static partial Regex RoomChange();

    [GeneratedRegex("(?<n>[0-9]+)(?<u>[号栋幢室楼层]?)")]
    private static partial Regex NumberWithUnit();
}

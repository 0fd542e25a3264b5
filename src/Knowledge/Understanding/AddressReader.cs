using System.Text;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads a delivery address from a message: recipient, mobile, GB/T 2260 province, city and district, and the
/// detail (street, number, building, room). Short names (北京, 浦东) count only next to a fuller address or after an
/// address word, so that "祝您安康" names no city.
/// </summary>
internal sealed partial class AddressReader(ChinaDivisions divisions)
{
    /// <param name="knownAddresses">The buyer's addresses on file: a district name two cities share (西湖区) takes the city found there.</param>
    public AddressFacts? Read(MaskedText masked, IReadOnlyList<string> standaloneNames, IReadOnlyList<string> knownAddresses)
    {
        var mobileAt = Mobile().Match(masked.Text);
        var mobile = ReadMobile(masked);
        var text = masked.Text;
        var marker = AddressMarker().Match(text);
        var recipientMarker = RecipientMarker().Match(text);
        var recipient = recipientMarker.Success ? RecipientAfter(text, recipientMarker) ?? standaloneNames.FirstOrDefault() : null;
        var place = FindPlace(text, marker.Success || mobile is not null, knownAddresses);
        var detailStart = place.End >= 0 ? place.End : marker.Success ? marker.Index + marker.Length : -1;
        var detail = detailStart >= 0 ? ReadDetail(text, detailStart) : null;
        if (detail is null && place.End < 0 && DetailShape().Match(text) is { Success: true } shape)
        {
            detail = ReadDetail(text, shape.Index);
        }

        if (detail is not null)
        {
            masked.Hide(detail.Index, detail.Length);
        }

        if (mobile is null && recipient is null && place.End < 0 && detail is null)
        {
            return null;
        }

        // "光谷大道77号 金融港 B座 陈七": a word of the detail (金融港, 天河城) is a place, never the recipient.
        recipient ??= detail?.TrailingName
            ?? (mobile is not null || place.End >= 0 ? ReceivingName(text) ?? standaloneNames.FirstOrDefault(n => detail?.Value.Contains(n, StringComparison.Ordinal) != true) : null);
        if (recipient is null && mobileAt.Success)
        {
            recipient = place.End >= 0 || detail is not null ? NameBeside(text, mobileAt.Index, mobileAt.Index + mobileAt.Length) : NameChangedTo(text, mobileAt.Index);
        }

        return new AddressFacts
        {
            RecipientName = recipient,
            Mobile = mobile,
            Province = place.Province,
            City = place.City,
            District = place.District,
            Detail = detail?.Value,
        };
    }

    public static string? ReadMobile(MaskedText masked)
    {
        var match = Mobile().Match(masked.Text);
        if (!match.Success)
        {
            return null;
        }

        masked.Hide(match.Index, match.Length);
        return string.Concat(match.Groups["a"].Value, match.Groups["b"].Value, match.Groups["c"].Value);
    }

    private static Detail? ReadDetail(string text, int start)
    {
        var result = new StringBuilder();
        var tokens = 0;
        var i = start;
        var first = -1;
        var last = start;
        string? trailingName = null;
        while (i < text.Length)
        {
            // "四川省，成都市，武侯区，人民南路四段1号": separators between the place and the detail are skipped.
            while (i < text.Length && (text[i] == ' ' || (tokens == 0 && text[i] is ',' or '、' or ':' or ';')))
            {
                i++;
            }

            var end = i;
            while (end < text.Length && text[end] != ' ' && !HardStop(text[end]))
            {
                end++;
            }

            if (end == i)
            {
                break;
            }

            var token = text[i..end];
            if (tokens == 0 && Connective().Match(token) is { Length: > 0 } connective)
            {
                token = token[connective.Length..];
                i += connective.Length;
            }

            var cut = KeywordStop().Match(token);
            if (cut.Success)
            {
                token = token[..cut.Index];
            }

            // "…观前街12号2楼 28号以后再发": a day to ship on or a word of shipping ends the address.
            if (token.Length == 0 || (tokens > 0 && (PersonNames.IsPlausible(token) || !LooksLikeAddress(token) || ShippingWish().IsMatch(token))))
            {
                break;
            }

            // "建国路88号王芳13512345678": a name written straight after the number ends the detail.
            if (!cut.Success && NameAfterNumber().Match(token) is { Success: true } glued && PersonNames.IsPlausible(glued.Groups["name"].Value))
            {
                token = glued.Groups["address"].Value;
                trailingName = glued.Groups["name"].Value;
            }

            if (tokens > 0)
            {
                result.Append(' ');
            }

            first = first < 0 ? i : first;
            last = i + token.Length;
            result.Append(token);
            tokens++;
            if (cut.Success || trailingName is not null || end >= text.Length || HardStop(text[end]))
            {
                break;
            }

            i = end;
        }

        // "苏州市工业园区就是星湖街328号": filler words the buyer talks with are no part of the address.
        var detail = Filler().Replace(result.ToString(), string.Empty).Trim();
        return detail.Length >= 3 && StrongAddress().IsMatch(detail) && !NotAddress().IsMatch(detail) ? new Detail(detail, first, last - first, trailingName) : null;
    }

    /// <summary>
    /// A word of an address: a street or building character, a number, or a building's Latin name ("望京SOHO",
    /// "IFC", "WeWork") that the rooms after it belong to.
    /// </summary>
    private static bool LooksLikeAddress(string token) =>
        AddressCharacter().IsMatch(token) || Organisation().IsMatch(token) || token.Any(char.IsAsciiDigit) || (LatinBuilding().IsMatch(token) && !ChatWord().IsMatch(token));

    private static bool HardStop(char c) => c is ',' or '.' or ';' or '!' or '?' or '。' or '、' or MaskedText.Mask or '\n' or '\r' or '~';

    /// <summary>"林莉收": the name a parcel is addressed to.</summary>
    private static string? ReceivingName(string text) =>
        NameThenReceives().Matches(text).Select(m => m.Groups["run"].Value).FirstOrDefault(PersonNames.IsPlausible);

    private static string CutAtKeyword(string run) => KeywordStop().Match(run) is { Success: true } m ? run[..m.Index] : run;

    private sealed record Detail(string Value, int Index, int Length, string? TrailingName);

    [GeneratedRegex(@"(?<![0-9a-z])(?:\+?86[ -]?)?(?<a>1[3-9][0-9])[ -]?(?<b>[0-9]{4})[ -]?(?<c>[0-9]{4})(?![0-9a-z])")]
    private static partial Regex Mobile();

    [GeneratedRegex("(?:新地址|收货地址|收件地址|地址|改寄到|改到|寄到|送到|发到)(?:改成|换成|改为|换为|变成|改到|改寄到|寄到|送到|是|为|写|填)?[: ]*")]
    private static partial Regex AddressMarker();

    /// <summary>
    /// "收件人改成刘芳", "收件人改一下 改成刘芳", "收件人帮我改成莫小雨": the name after the marker and the words asking for the
    /// change, never "改一下" or "帮我".
    /// </summary>
    [GeneratedRegex(@"(?:收件人|收货人|联系人|收件姓名|姓名|名字)(?:名字|姓名)?(?:(?:能不能|可不可以|能|可以)?(?:改|换)?(?:一下|下)?[吗嘛么][\s,，?？]*)?(?:(?:也|要|帮我|麻烦)?(?:改|换|变)(?:一下|下|了)[\s,，:：]*)?(?:(?:也|要|帮我|给我|麻烦|请|帮忙|需要|得)*(?:改成|换成|改为|换为|变成)|是|为|写|填|叫)?[: ]*(?<run>[\u4e00-\u9fff]{2,8})")]
    private static partial Regex RecipientMarker();

    [GeneratedRegex(@"(?<run>[\u4e00-\u9fff]{2,4})收(?![货件到])")]
    private static partial Regex NameThenReceives();

    [GeneratedRegex(@"^(?<address>.+[0-9号室栋幢楼层座])(?<name>[\u4e00-\u9fff]{2,4})$")]
    private static partial Regex NameAfterNumber();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,8}(?:路|街|大道|巷|弄|胡同)[0-9]+号")]
    private static partial Regex DetailShape();

    /// <summary>
    /// "珞喻路152号 华中师范大学 南门快递点": a campus or a pickup point after the street is where the parcel
    /// is fetched, so it stays in the detail.
    /// </summary>
    [GeneratedRegex("[路街道巷弄号栋幢楼室村镇苑园座层院厦坊胡同湾屯组乡城府庭阁轩邸]|单元|小区|大厦|公寓|花园|广场|门|中心|家园|新村|宿舍|前台|大学|师大|学校|校区|驿站|快递站|快递点|自提点|代收点|快递柜")]
    private static partial Regex AddressCharacter();

    /// <summary>
    /// "北京东路41号 市档案馆 门卫室", "人民路8号 区税务局 收发室": the organisation the parcel goes to, and its guard room
    /// or mail room, are where the courier hands it over, so they stay in the detail.
    /// </summary>
    [GeneratedRegex("(?:馆|局|厂|所|公司|集团|银行|酒店|宾馆|政府|法院|委员会|办公室|门卫|保安室|传达室|收发室|物业|服务台|丰巢|柜)$")]
    private static partial Regex Organisation();

    /// <summary>A detail must name a street or an estate, or carry a number: "少写了楼号" is none.</summary>
    [GeneratedRegex("[0-9]|路|街|大道|巷|弄|胡同|小区|花园|苑|大厦|广场|公寓|村|镇|乡|[a-z][栋幢楼室号座]")]
    private static partial Regex StrongAddress();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,4}[A-Za-z]{3,10}$")]
    private static partial Regex LatinBuilding();

    [GeneratedRegex("(?i)^(?:sorry|okay|okk+|thx|thanks?|please|pls|hello|bye|emm+|haha+|lol|ohh+|yes|yeah|nope)$")]
    private static partial Regex ChatWord();

    [GeneratedRegex("^[0-9]{1,2}(?:号|日)(?:以后|之后|以前|之前|前|后|再|发|寄|到)|再发|再寄|发货|发出|以后|之后")]
    private static partial Regex ShippingWish();

    [GeneratedRegex("电话|手机|收件人|收货人|联系人|姓名|名字|号码|谢谢|麻烦")]
    private static partial Regex KeywordStop();

    [GeneratedRegex("^(?:就是|那个|这个|嗯+|呃+|额+|是|在|到|为|:)+")]
    private static partial Regex Connective();

    [GeneratedRegex("就是|那个|嗯+|呃+")]
    private static partial Regex Filler();

    [GeneratedRegex("怎么|为什么|什么|[吗呢呀吧了我你要错缺]|刚说|翻|少写|改成|改到|发你|看看")]
    private static partial Regex NotAddress();
}

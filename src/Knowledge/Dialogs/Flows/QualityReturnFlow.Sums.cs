using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Money in the buyer's words: the compensation sum asked for, and whether an offer is taken or turned down.</summary>
public sealed partial class QualityReturnFlow
{
    private static decimal? AskedAmount(FlowContext context)
    {
        // Once a compensation within the limit was offered, any sum the buyer answers ("至少补我30") is the sum asked.
        // "不要什么补偿 五块十块的打发谁呢": the sums are the ones turned down with the compensation.
        if (RefusesCompensation(context.Compact))
        {
            return null;
        }

        var talkingMoney = context.State.Step == DialogSteps.AskCompensation;
        // "10块？？开玩笑吧 起码30", "至少补个30吧": the sum after 起码/至少 is the one asked, whatever was turned down beside it.
        // "少于50我不接受", "50以下免谈": the floor named is the sum asked too.
        var atLeast = AtLeastSum().Match(context.Compact) is { Success: true } said ? said : FloorSum().Match(context.Compact);
        if (atLeast.Success
            && (talkingMoney || context.State.Values.ContainsKey(OfferedKey) || CompensationWords().IsMatch(context.Compact) || atLeast.Groups["verb"].Success))
        {
            return decimal.Parse(atLeast.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // "差的20块退我": a sum named as money back is the sum asked, with no compensation word.
        if (!talkingMoney && !CompensationWords().IsMatch(context.Compact) && !QualitySettlements.NamesSumBack(context.Compact))
        {
            return null;
        }

        // "5块太少了吧": the sum named is the one turned down, never the one asked for.
        if (SumTurnedDown(context.Compact))
        {
            return null;
        }

        // "不要5块 10块吧": of the sums offered, the one turned down is never the one asked.
        if (RefusedSum().Match(context.Compact) is { Success: true } refused
            && context.Facts.Amounts.Where(a => a != decimal.Parse(refused.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList() is [var other])
        {
            return other;
        }

        // "159的东西 补20": the price the goods cost is never the sum asked.
        var priced = PriceSaid().Matches(context.Compact).Select(m => decimal.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        if (context.Facts.Amounts.FirstOrDefault(a => !priced.Contains(a)) is > 0 and var amount)
        {
            return amount;
        }

        // "赔我50", "补偿20就行": a sum right after the compensation word needs no 块 or 元.
        var bare = talkingMoney ? BareSum().Matches(context.Compact).FirstOrDefault(m => !priced.Contains(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))) ?? Match.Empty
            : CompensationSum().Match(context.Compact);
        // "能补偿点吗 给个30吧": the sum said apart from the compensation word, in the same line.
        bare = bare.Success || talkingMoney ? bare : GivenSum().Match(context.Compact);
        if (bare.Success)
        {
            return decimal.Parse(bare.Groups["n"].Success ? bare.Groups["n"].Value : bare.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // "少于五十就别谈了" while the sum is talked about: tens said in words are the sum too.
        return talkingMoney && ChineseSum().Match(context.Compact) is { Success: true } words ? Entities.AmountReader.ChineseAmount(words.Value) : null;
    }

    [GeneratedRegex("(?:起码|至少|最少|最起码|最低)(?:也)?(?:得|要)?(?<verb>补|赔|给|退|返)?(?:偿|我|个|给我)?(?<n>[0-9]{1,4})(?![0-9]|码|号|cm|天|周|件|个|双|条|次|%|月)")]
    private static partial Regex AtLeastSum();

    // "少于50我不接受", "不能低于50", "50以下免谈", "50块以下的别说了".
    [GeneratedRegex("(?:少于|低于|不到|不能少于|不能低于|不少于|不低于)(?<verb>补|赔|给|退|返)?(?<n>[0-9]{1,4})(?![0-9]|码|号|cm|天|周|件|个|双|条|次|%|月)|(?<![0-9])(?<n>[0-9]{1,4})(?:块|元)?(?:以下|以内)(?:的)?(?:不|免谈|别|就别|没得|我不)")]
    private static partial Regex FloorSum();

    // "159的东西", "159块买的", "花了159": what the goods cost, said beside the sum asked.
    [GeneratedRegex("(?<![0-9])(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)(?:块钱?|元)?(?:的东西|的商品|的货|的宝贝|买的|的价)|(?:花了|买的时候|价格|标价|付了)(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)(?![0-9])")]
    private static partial Regex PriceSaid();

    [GeneratedRegex("[一二两三四五六七八九]?十[一二三四五六七八九]?(?![天号件个次月])|[一二两三四五六七八九]百(?:[零一二三四五六七八九]十?)?(?![天号件个次月])")]
    private static partial Regex ChineseSum();

    /// <summary>"你们看着补吧", "金额你们定", "给多少算多少": the buyer leaves the sum to the shop.</summary>
    private static bool LeavesSumToShop(string compact) => LeftToShop().IsMatch(compact);

    [GeneratedRegex("看着(?:补|给|赔|办|来|弄)|你们(?:定|决定|说了算)|(?:金额|多少)(?:你们|您|你)(?:定|看着|决定)|随便(?:补|给|赔)|多少都(?:行|可以|好|成)|给多少(?:算|是)多少|补多少(?:算|是)多少")]
    private static partial Regex LeftToShop();

    /// <summary>"赔我40", "补偿50块", "退30": the compensation sum the line asks for, in group n, wherever the line is read.</summary>
    public static Match CompensationSumIn(string compact) => CompensationSum().Match(compact);

    [GeneratedRegex("(?:赔偿?|补偿|补贴|返现|(?:补|返|退)(?=我|给我)|(?:返|退)(?=[0-9]))(?:我|给我|一下|个)?(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)(?![0-9.]|码|号|cm|天|周|件|个|双|条|次|%|月|(?!rmb|yuan|kuai)[a-z])")]
    private static partial Regex CompensationSum();

    [GeneratedRegex("(?<![0-9])[0-9]{1,4}(?![0-9])")]
    private static partial Regex BareSum();

    [GeneratedRegex("(?:给|要|来|补|赔)(?:我|个|我个|上)?(?<n>[0-9]{1,4})(?![0-9.]|码|号|cm|天|周|件|个|双|条|次|%|月|号|小时)")]
    private static partial Regex GivenSum();

    // "补我8块就行", "退我五块算了", "部分退款 退30": a sum to keep the goods, said without the word 补偿; "想退 7 tian"
    // (pinyin, 7 days) is no sum.
    [GeneratedRegex("赔|补偿|补贴|返现|(?:补|返|退)(?:我|给我)(?=[0-9]{1,4}(?![0-9]|码|号|cm|天|件|个|双))|(?:返|退)(?=[0-9]{1,4}(?![0-9]|码|号|cm|天|周|件|个|双|条|次|%|月|(?!rmb|yuan|kuai)[a-z]))|(?:补|返|退)(?:我|给我)?(?=[0-9一二三四五六七八九十两]+(?:\\.[0-9]+)?(?:块|元))")]
    private static partial Regex CompensationWords();

    /// <summary>
    /// An offer taken, the size the shop should have sent, what was tried, or compensation asked ("不想退了 能补偿点吗",
    /// "至少补个30吧"): the line belongs to the quality case waiting, never to a no-reason return or another order.
    /// </summary>
    public static bool StaysInCase(FlowContext context) =>
        TakesOffer(context) || WantsSpecInstead(context) || TellsWhatWasTried(context) || AsksForCompensation(context);

    /// <summary>"能补偿点吗", "赔我点钱", "至少补个30": money to keep the goods, asked inside a quality case.</summary>
    public static bool AsksForCompensation(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CompensationWords().IsMatch(context.Compact) || AtLeastSum().IsMatch(context.Compact)
            || FollowUpRequests.Of(context.Normalized) == FollowUpRequest.Compensate;
    }

    /// <summary>"行，补偿几块就行", "可以", "补偿10块也行": the offer taken, by a yes at the head or by the compensation said to do.</summary>
    private static bool AcceptsOffer(string compact) => Entities.Agreement.Leads(compact) || CompensationWillDo().IsMatch(compact);

    [GeneratedRegex("(补偿|赔)[^不没]{0,6}(就行|就好|也行|可以)")]
    private static partial Regex CompensationWillDo();

    /// <summary>"可以", "行吧", "好的" while a compensation offered waits for an answer: the offer is taken.</summary>
    public static bool TakesOffer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Values.ContainsKey(OfferedKey) && AcceptsOffer(context.Compact);
    }

    /// <summary>"5块太少了吧", "10元哪够", "才5块": a sum said only to turn it down, which is no fault of the goods either.</summary>
    private static bool SumTurnedDown(string compact) => TurnedDownSum().IsMatch(compact);

    [GeneratedRegex("(?:不要|别|不用)(?:给)?(?<n>[0-9]{1,4})(?:块|元)")]
    private static partial Regex RefusedSum();

    [GeneratedRegex("(?:才)?[0-9一二三四五六七八九十两]+(?:\\.[0-9]+)?(?:块|元|块钱)?(?:钱)?(?:也|都|实在|有点|是不是)?(?:太少|少了点|太低|不够|哪够|打发)|才[0-9一二三四五六七八九十两]+(?:块|元)|[0-9一二三四五六七八九十两]+(?:块|元|块钱)[?？!！。,，~]*(?:开玩笑|逗我|搞笑|打发|你们也好意思|好意思)|(?:补|给)?(?:个)?几块钱?就算了")]
    private static partial Regex TurnedDownSum();

    /// <summary>"不行 太少了", "不接受", "才10块？": the compensation offered is turned down.</summary>
    private static bool RefusesOffer(FlowContext context) =>
        RefusalOfOffer().IsMatch(context.Compact);

    [GeneratedRegex("不行|不够|太少|不接受|不同意|不要|不可以|不答应|打发|才\\d|就这么点|这么少|没诚意|不满意|开玩笑|逗我|起码|至少")]
    private static partial Regex RefusalOfOffer();
}

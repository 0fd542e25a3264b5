using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Resolves what the buyer says about an order against the buyer's own orders only: full numbers, last digits,
/// ordinals (in the list as given), price, purchase date or stretch of days and product words (the title's own words, or the lexicon's).
/// </summary>
internal sealed partial class OrderReferenceReader(TextNormalizer normalizer, ProductLexicon products)
{
    private readonly ConcurrentDictionary<string, string> _foldedTitles = new(StringComparer.Ordinal);

    public List<OrderReference> Read(MaskedText masked, IReadOnlyList<string> orderNumbers, IReadOnlyList<Order> tracked, IReadOnlyList<Order> orders, DateOnly today)
    {
        var references = new List<OrderReference>();
        foreach (var number in orderNumbers)
        {
            references.Add(new OrderReference(OrderEvidence.OrderNumber, number, [.. orders.Where(o => o.OrderNumber == number).Select(o => o.OrderNumber)]));
        }

        foreach (var order in tracked)
        {
            references.Add(new OrderReference(OrderEvidence.TrackingNumber, order.TrackingNumber!, [order.OrderNumber]));
        }

        var text = masked.Compact;
        for (var m = TailMarker().Match(text); m.Success; m = m.NextMatch())
        {
            var digits = m.Groups["d"].Value;
            references.Add(new OrderReference(OrderEvidence.LastDigits, m.Value, EndingWith(orders, digits)));
            text = Hide(text, m);
        }

        text = ReadWhenBought(text, orders, today, references);

        for (var m = PriceMention().Match(text); m.Success; m = m.NextMatch())
        {
            var price = decimal.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);
            var matching = orders.Where(o => o.AmountPaid == price || o.AmountDue == price).Select(o => o.OrderNumber).ToList();
            if (matching.Count > 0)
            {
                references.Add(new OrderReference(OrderEvidence.Price, m.Value, matching));
                masked.Hide(MaskedIndex(masked.Text, m.Groups["p"].Value), m.Groups["p"].Length);
                text = Hide(text, m);
            }
        }

        for (var m = CarrierMention().Match(text); m.Success; m = m.NextMatch())
        {
            var carrier = m.Groups["c"].Value switch
            {
                "顺风" or "sf" or "shunfeng" => "顺丰", "ems" => "邮政", "yuantong" or "yto" => "圆通", "zhongtong" or "zto" => "中通",
                "shentong" => "申通", "yunda" => "韵达", var named => named,
            };
            references.Add(new OrderReference(OrderEvidence.Carrier, m.Value, [.. orders.Where(o => o.Carrier?.Contains(carrier, StringComparison.OrdinalIgnoreCase) == true).Select(o => o.OrderNumber)]));
            text = Hide(text, m);
        }

        if (StateMention(text, orders) is { } state)
        {
            references.Add(state);
        }

        // "中通的单号怎么查不到": of the parcels the buyer may mean, the one whose number has not come through.
        if (NoNumberMention().Match(text) is { Success: true } noNumber
            && orders.Where(o => o.Status == OrderStatus.Shipped && string.IsNullOrEmpty(o.TrackingNumber)).Select(o => o.OrderNumber).ToList() is { Count: > 0 } unsynced)
        {
            references.Add(new OrderReference(OrderEvidence.State, noNumber.Value, unsynced));
        }

        if (Ordinal(text, orders) is { } ordinal)
        {
            references.Add(ordinal);
        }

        for (var m = BareDigits().Match(text); m.Success; m = m.NextMatch())
        {
            var matching = EndingWith(orders, m.Value);
            if (matching.Count > 0)
            {
                references.Add(new OrderReference(OrderEvidence.LastDigits, m.Value, matching));
            }
        }

        if (Product(text, orders) is { } product)
        {
            references.Add(product);
            // "前天买的T恤" of a T-shirt bought three days ago: the goods are what the buyer is sure of, a day is
            // remembered loosely, so a date that fits none of the orders of those goods points at no other order.
            if (product.OrderNumbers.Count > 0)
            {
                references.RemoveAll(r => r.Evidence == OrderEvidence.Date && !r.OrderNumbers.Intersect(product.OrderNumbers).Any());
            }
        }

        return references;
    }

    /// <summary>The buyer's orders the references fit, ranked: a reference that fits one order weighs more than one that fits many.</summary>
    public static IReadOnlyList<string> Rank(IReadOnlyList<OrderReference> references, IReadOnlyList<Order> orders)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var reference in references.Where(r => r.OrderNumbers.Count > 0))
        {
            for (var i = 0; i < reference.OrderNumbers.Count; i++)
            {
                var number = reference.OrderNumbers[i];
                scores[number] = scores.GetValueOrDefault(number) + (Weight(reference.Evidence) / reference.OrderNumbers.Count) - (i * 0.01);
            }
        }

        return [.. orders.Select((o, i) => (o.OrderNumber, Index: i)).Where(o => scores.ContainsKey(o.OrderNumber))
            .OrderByDescending(o => scores[o.OrderNumber]).ThenBy(o => o.Index).Select(o => o.OrderNumber)];
    }

    private static double Weight(OrderEvidence evidence) => evidence switch
    {
        OrderEvidence.OrderNumber or OrderEvidence.TrackingNumber => 100,
        OrderEvidence.LastDigits => 50,
        OrderEvidence.Ordinal => 40,
        OrderEvidence.Price or OrderEvidence.Date or OrderEvidence.Carrier => 30,
        _ => 20,
    };

    private static OrderReference? Ordinal(string text, IReadOnlyList<Order> orders)
    {
        int? index = null;
        var mention = string.Empty;
        if (OrdinalWord().Match(text) is { Success: true } word)
        {
            index = DateMentions.Number(word.Groups["n"].Value);
            mention = word.Value;
        }
        else if (FirstWord().Match(text) is { Success: true } first)
        {
            index = 1;
            mention = first.Value;
        }
        else if (LastWord().Match(text) is { Success: true } last)
        {
            index = orders.Count;
            mention = last.Value;
        }

        if (index is null)
        {
            return null;
        }

        var picked = index >= 1 && index <= orders.Count ? new[] { orders[index.Value - 1].OrderNumber } : [];
        return new OrderReference(OrderEvidence.Ordinal, mention, picked);
    }

    /// <summary>"还没发的那个" is the unshipped order, "已经发了的那单" a shipped one: a state named as a way to point.</summary>
    private static OrderReference? StateMention(string text, IReadOnlyList<Order> orders)
    {
        var (mention, wanted) = NotShippedMention().Match(text) is { Success: true } notShipped ? (notShipped.Value, OrderStatus.AwaitingShipment)
            : ShippedMention().Match(text) is { Success: true } shipped ? (shipped.Value, OrderStatus.Shipped)
            : (string.Empty, (OrderStatus?)null);
        return wanted is null
            ? null
            : new OrderReference(OrderEvidence.State, mention, [.. orders.Where(o => o.Status == wanted && !o.HasRefundUnderWay).Select(o => o.OrderNumber)]);
    }

    /// <summary>
    /// A product the buyer names that none of their orders holds ("保温杯" to a buyer who bought tableware and a coat):
    /// null when the message names no product, or one an order of theirs holds. Beside goods an order holds ("还有台灯呢
    /// 跟杯子一起买的"), another product joined to them counts only when neither it nor any title word it stands for is in
    /// an order. A colour or a feature another title shares ("保温杯 奶白色那个" beside a white lamp) holds no goods. A line
    /// with no lexicon word may name goods by a word of its own ("买的那床被子到哪了", <see cref="GoodsPhrase"/>).
    /// </summary>
    public string? UnownedProduct(MaskedText masked, IReadOnlyList<OrderReference> references, IReadOnlyList<Order> orders)
    {
        var owned = references.Where(r => r.Evidence == OrderEvidence.Product && r.OrderNumbers.Count > 0 && products.NamesGoods(r.Mention))
            .Select(r => r.Mention).ToList();
        var text = masked.Compact;
        foreach (var word in products.NotProducts.Concat(owned.Select(m => m.Replace(" ", string.Empty, StringComparison.Ordinal))).Where(w => w.Length > 0 && text.Contains(w, StringComparison.Ordinal)))
        {
            text = text.Replace(word, new string(MaskedText.Mask, word.Length), StringComparison.Ordinal);
        }

        var words = products.ProductWordsIn(text);
        var named = words.FirstOrDefault(w => owned.Count == 0 || JoinedToOwned(text, w))
            ?? (words.Count == 0 && owned.Count == 0 ? GoodsPhrase.In(text) : null);
        return named is null || orders.Any(o => Holds(FoldedTitle(o.Title), named)) ? null : named;
    }

    /// <summary>
    /// The title holds the goods word as it is, as a piece of a set, through a title word it stands for ("碗碟" in
    /// "餐具套装"), or shares a word of it ("帆布包" and "帆布托特包").
    /// </summary>
    private bool Holds(string title, string goods) =>
        title.Contains(goods, StringComparison.Ordinal) || products.ComesInside(goods, title)
        || (products.Synonyms.TryGetValue(goods, out var titleWords) && titleWords.Any(w => title.Contains(w, StringComparison.Ordinal)))
        || LongestSharedWord(goods, title).Length > 0;

    /// <summary>
    /// "还有台灯", "杯子和枕套", "跟一个保温杯", "我的雪地靴和保温杯一起买的": goods said beside other goods, never
    /// "蹭得衣服上都是".
    /// </summary>
    private static bool JoinedToOwned(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var before = text.Substring(Math.Max(0, at - JoinedWithin), Math.Min(at, JoinedWithin));
        var after = text[(at + word.Length)..];
        return Joiners.Any(j => before.Contains(j, StringComparison.Ordinal)) || JoinersAfter.Any(j => after.StartsWith(j, StringComparison.Ordinal));
    }

    private const int JoinedWithin = 5;

    private static readonly string[] Joiners = ["还有", "和", "跟", "与", "以及", "另外", "还买了"];

    private static readonly string[] JoinersAfter = ["和", "跟", "与", "以及", "还有"];

    private string FoldedTitle(string title)
    {
        if (_foldedTitles.Count > 10_000)
        {
            _foldedTitles.Clear();
        }

        return _foldedTitles.GetOrAdd(title, t => normalizer.Fold(t).Text);
    }

    /// <summary>The longest run of two or more Chinese characters that text and title share, leaving out generic words.</summary>
    private static string LongestSharedWord(string text, string title)
    {
        var best = string.Empty;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            for (var length = 2; i + length <= text.Length; length++)
            {
                var word = text.AsSpan(i, length);
                if (!PersonNames.IsHan(word[^1]) || !title.AsSpan().Contains(word, StringComparison.Ordinal))
                {
                    break;
                }

                if (length > best.Length && (PersonNames.IsHan(word[0]) || char.IsAsciiLetter(word[0])) && !Generic().IsMatch(word))
                {
                    best = word.ToString();
                }
            }
        }

        return best;
    }

    private static List<string> EndingWith(IReadOnlyList<Order> orders, string digits) =>
        [.. orders.Where(o => o.OrderNumber.EndsWith(digits, StringComparison.Ordinal)).Select(o => o.OrderNumber)];

    private static string Hide(string text, Match m) => Hide(text, m.Index, m.Length);

    private static string Hide(string text, int index, int length) => string.Concat(text.AsSpan(0, index), new string(MaskedText.Mask, length), text.AsSpan(index + length));

    private static int MaskedIndex(string text, string value) => Math.Max(0, text.IndexOf(value, StringComparison.Ordinal));

    [GeneratedRegex("(?:尾号|尾数|末尾|末位|结尾|后[四五六4-6几]位|最后[四五六4-6几]位)(?:是|为|数字)?[:]*(?<d>[0-9]{3,8})(?![0-9])")]
    private static partial Regex TailMarker();

    [GeneratedRegex("单号(?:怎么|咋|一直|还)?(?:查不到|差不到|搜不到|查不了|没(?:有)?(?:同步|显示|出来|更新)|不显示|还没(?:出来|有|同步))|(?:没有?|查不到|看不到|不给)(?:物流)?单号")]
    private static partial Regex NoNumberMention();

    // "159买的那个", and "我买的159" at the end of what is said: what was paid points at the order.
    [GeneratedRegex(@"(?<![0-9.])(?:¥|价格|花了|付了)?(?<p>[0-9]{1,5}(?:\.[0-9]{1,2})?)(?:元|块钱|块)?(?=的那|的|那|买的|这)(?![0-9])|(?<=买的|花了|付了|实付)(?<p>[0-9]{1,5}(?:\.[0-9]{1,2})?)(?:元|块钱|块)?$")]
    private static partial Regex PriceMention();

    [GeneratedRegex("第(?<n>10|[1-9]|[一二三四五六七八九十两])(?=个|单|笔|件|条|份|订单|吧|的|$)|^(?<n>[1-9])(?:个|单|笔)?(?:吧|的|啊|呀)?$")]
    private static partial Regex OrdinalWord();

    [GeneratedRegex("上面那个|上面那单|上面那笔|上面的|最上面|第一个")]
    private static partial Regex FirstWord();

    [GeneratedRegex("最后一个|最后那个|最后那单|最后一单|最后一笔|最后的|最下面|下面那个|下面那单")]
    private static partial Regex LastWord();

    // "中通的那单", "顺丰发的": the courier naming the parcel; "中通快递打电话说…", "顺丰一直不送" too, never "顺丰到付可以吗" or "能发顺丰还是中通吗".
    // Pinyin and the couriers' letters inside a Chinese line ("yuantong wuliu 十几天没动") name it as well.
    [GeneratedRegex("(?<c>顺丰|顺风|sf|shunfeng|圆通|yuantong|yto|中通|zhongtong|zto|申通|shentong|韵达|yunda|极兔|邮政|ems|京东|德邦|百世)(?:速运|速递|快递|物流|wuliu|kuaidi)?(?:发)?的?(?=那|这|的|吧|$|打|说|送|派|让|给|单|一直|还(?!是)|怎|到(?!付)|显示|电话|小哥|员|网点|上门|停|都没|没(?:动|更新|update)|十几|好几|几天)")]
    private static partial Regex CarrierMention();

    [GeneratedRegex("(?:还没|没有?|未|还不|不)发(?:货|出|出去|走)?的(?!话)(?:那|这)?(?:个|单|笔|件)?|待发货的?(?:那|这)?(?:个|单|笔|件)?")]
    private static partial Regex NotShippedMention();

    [GeneratedRegex("显示(?:已经|已)发(?:货|出)了?|(?:已经|已)发(?:货|出)?了?的(?!话)(?:那|这)?(?:个|单|笔|件)?|发了的(?:那|这)?(?:个|单|笔|件)?|在路上的(?:那|这)?(?:个|单|笔|件)")]
    private static partial Regex ShippedMention();

    [GeneratedRegex("(?<![0-9.])[0-9]{4,8}(?![0-9])")]
    private static partial Regex BareDigits();

    [GeneratedRegex("^(?:订单|这个|那个|一个|这单|那单|一单|就是|我要|新款|正品|包邮|宝贝|东西|商品|快递|发货|退款)$")]
    private static partial Regex Generic();
}

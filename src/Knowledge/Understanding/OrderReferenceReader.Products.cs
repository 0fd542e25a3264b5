using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>Orders named by their goods: the longest word a message shares with an order's title, or a synonym of it.</summary>
internal sealed partial class OrderReferenceReader
{
    /// <summary>
    /// The order a product word names. "帆布包带子断了 平时就装个水杯": what the goods hold or carry ("装个水杯") is no
    /// order of theirs, unless nothing else in the message names one.
    /// </summary>
    private OrderReference? Product(string text, IReadOnlyList<Order> orders)
    {
        // "四件套都发了 枕套怎么还没动静": goods said to have come already set the scene; other goods named are the ones asked about.
        var asked = CameAlready().Replace(text, m => new string(MaskedText.Mask, m.Groups["what"].Length) + m.Groups["came"].Value);
        return (asked != text ? HeldOrNamed(asked, orders) : null) ?? HeldOrNamed(text, orders);
    }

    private OrderReference? HeldOrNamed(string text, IReadOnlyList<Order> orders) =>
        ContentsNamed().Replace(text, m => m.Groups["use"].Value + new string(MaskedText.Mask, m.Groups["what"].Length)) is var held && held != text
            ? ProductNamed(held, orders) ?? ProductNamed(text, orders)
            : ProductNamed(text, orders);

    private OrderReference? ProductNamed(string text, IReadOnlyList<Order> orders)
    {
        var scores = new Dictionary<string, (int Score, string Word)>(StringComparer.Ordinal);
        foreach (var word in products.NotProducts)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                text = text.Replace(word, new string(MaskedText.Mask, word.Length), StringComparison.Ordinal);
            }
        }

        // The buyer's words the text holds, read once for all the orders (in the lexicon's order, as before).
        List<KeyValuePair<string, IReadOnlyList<string>>> said = orders.Count == 0 ? [] : [.. products.Synonyms.Where(s => text.Contains(s.Key, StringComparison.Ordinal))];
        foreach (var order in orders)
        {
            var title = FoldedTitle(order.Title);
            var best = LongestSharedWord(text, title);
            foreach (var (word, titleWords) in said)
            {
                if (word.Length > best.Length && titleWords.Any(w => title.Contains(w, StringComparison.Ordinal)))
                {
                    best = word;
                }
            }

            if (best.Length > 0)
            {
                scores[order.OrderNumber] = (best.Length, best);
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var ranked = orders.Where(o => scores.ContainsKey(o.OrderNumber)).OrderByDescending(o => scores[o.OrderNumber].Score).ToList();
        var top = scores[ranked[0].OrderNumber].Score;
        return new OrderReference(OrderEvidence.Product, scores[ranked[0].OrderNumber].Word, [.. ranked.Where(o => scores[o.OrderNumber].Score == top).Select(o => o.OrderNumber)]);
    }

    [GeneratedRegex("(?<use>(?<![包安组假服套西改])装(?:个|了|着|一个|点|些|上)?|放(?:个|了|着|一个|点|些))(?<what>\\p{IsCJKUnifiedIdeographs}{1,3})")]
    private static partial Regex ContentsNamed();

    [GeneratedRegex("(?<what>\\p{IsCJKUnifiedIdeographs}{2,8})(?<came>(?:都|已经|已經|早就|倒是)(?:发|發|寄|到|收到|发货|發貨)了)(?=[\\s，,。！!；;]+\\S)")]
    private static partial Regex CameAlready();
}

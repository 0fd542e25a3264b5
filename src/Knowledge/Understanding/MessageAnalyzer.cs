using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads the entities and cues of one buyer message: the orders it points at (resolved against the buyer's own
/// orders only), an address, invoice fields, amounts, a reason category, names, and negation, correction, deferral,
/// urgency and delivery cues. Pure and fast: no I/O after construction, source-generated regular expressions.
/// </summary>
public sealed partial class MessageAnalyzer
{
    private readonly TextNormalizer _normalizer;
    private readonly OrderNumberExtractor _orderNumbers;
    private readonly OrderReferenceReader _orderReferences;
    private readonly AddressReader _addresses;
    private readonly ChinaDivisions _divisions;

    public MessageAnalyzer(TextNormalizer normalizer, ProductLexicon products, ChinaDivisions divisions, WantedSpecs specs)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(specs);
        _normalizer = normalizer;
        _divisions = divisions;
        _orderNumbers = new OrderNumberExtractor(normalizer);
        _orderReferences = new OrderReferenceReader(normalizer, products);
        _addresses = new AddressReader(divisions);
        Products = products;
        Specs = specs;
    }

    /// <summary>What buyers call products and the title words they stand for: also how a record names the item.</summary>
    public ProductLexicon Products { get; }

    /// <summary>The colours and sizes a buyer may ask to get instead: what an exchange record says is wanted.</summary>
    public WantedSpecs Specs { get; }

    /// <summary>The province of the first province or city named in the text (an order's address, "我在武汉"), or null.</summary>
    public string? ProvinceNamedIn(string text) => _divisions.ProvinceNamedIn(text);

    /// <summary>The province a city belongs to ("苏州市" → "江苏省"), or null when the name is no city.</summary>
    public string? ProvinceOfCity(string city) => _divisions.Cities.FirstOrDefault(c => c.City == city).Province;

    /// <summary>Reads the lexicons of <c>knowledge-base/lexicons</c>.</summary>
    public static MessageAnalyzer Load(KnowledgeBasePaths paths, TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(normalizer);
        return new MessageAnalyzer(
            normalizer,
            ProductLexicon.Load(Path.Combine(paths.Lexicons, "product-synonyms.txt")),
            ChinaDivisions.Load(Path.Combine(paths.Lexicons, "china-divisions.tsv")),
            WantedSpecs.Load(Path.Combine(paths.Lexicons, "wanted-specs.txt"), word => normalizer.Fold(word).Text));
    }

    /// <summary>Reads the line afresh: what <see cref="Analyze"/> gives when it has not read the line before.</summary>
    private MessageFacts Read(string text, IReadOnlyList<Order> buyerOrders, DateOnly today)
    {
        var normalized = _normalizer.Fold(text);
        var folded = normalized.Text;
        var (cues, takenBack) = CueReader.Read(folded, today);
        var masked = new MaskedText(folded);
        foreach (var span in takenBack)
        {
            masked.Hide(span);
        }

        // "缩的跟童装一样": what the goods are likened to is no goods the buyer speaks of.
        for (var m = Likened().Match(folded); m.Success; m = m.NextMatch())
        {
            masked.Hide(m.Groups["what"].Index, m.Groups["what"].Length);
        }

        var notTax = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var order in buyerOrders.Where(o => o.TrackingNumber is not null))
        {
            notTax.Add(order.TrackingNumber!);
        }

        var orderNumbers = ReadOrderNumbers(masked, notTax);
        // Read before they are hidden: a tracking number of the buyer's own parcel points at that order.
        var tracked = buyerOrders.Where(o => o.TrackingNumber is { Length: > 0 } number && masked.Text.Contains(number, StringComparison.OrdinalIgnoreCase)).ToList();
        HideTrackingNumbers(masked, notTax);
        var invoice = InvoiceReader.Read(masked, notTax);
        var names = StandaloneNames(masked.Text);
        var knownAddresses = buyerOrders.Select(o => o.Address).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var mobileAndAddress = LatinCase.Restore(_addresses.Read(masked, names, knownAddresses), normalized, text);
        var references = _orderReferences.Read(masked, orderNumbers, tracked, buyerOrders, today);
        var compact = masked.Compact;
        return new MessageFacts
        {
            OrderReferences = references,
            MatchedOrderNumbers = OrderReferenceReader.Rank(references, buyerOrders),
            UnownedProduct = _orderReferences.UnownedProduct(masked, references, buyerOrders),
            Address = mobileAndAddress,
            Invoice = invoice,
            Amounts = AmountReader.Read(compact),
            Reason = ReasonCategories.Detect(compact),
            PersonNames = [.. new[] { mobileAndAddress?.RecipientName, invoice?.TitleType == Cases.InvoiceTitleType.Personal ? invoice.Title : null }
                .OfType<string>().Concat(names).Distinct(StringComparer.Ordinal)],
            Cues = cues,
        };
    }

    /// <summary>18–19 digit order numbers; one that is also a valid credit code in an invoice message is left to the invoice reader.</summary>
    private List<string> ReadOrderNumbers(MaskedText masked, HashSet<string> notTax)
    {
        var numbers = new List<string>();
        var taxContext = TaxContext().IsMatch(masked.Text);
        foreach (var number in _orderNumbers.Extract(masked.Text))
        {
            if (taxContext && number.Length == 18 && Dialogs.Flows.InvoiceFields.IsValidCreditCode(number))
            {
                continue;
            }

            numbers.Add(number);
            notTax.Add(number);
            var at = masked.Text.IndexOf(number, StringComparison.Ordinal);
            if (at >= 0)
            {
                masked.Hide(at, number.Length);
            }
        }

        return numbers;
    }

    /// <summary>Tracking numbers (SF1428573690214, the buyer's own, or digits after 单号) are no phone, price or tax number.</summary>
    private static void HideTrackingNumbers(MaskedText masked, HashSet<string> known)
    {
        foreach (var number in known)
        {
            var at = masked.Text.IndexOf(number, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                masked.Hide(at, number.Length);
            }
        }

        for (var m = TrackingShape().Match(masked.Text); m.Success; m = m.NextMatch())
        {
            if (!TaxContext().IsMatch(masked.Text) || m.Groups["after"].Success)
            {
                masked.Hide(m.Index, m.Length);
            }
        }
    }

    private List<string> StandaloneNames(string text)
    {
        var names = new List<string>();
        for (var m = HanRun().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            if (PersonNames.IsPlausible(name) && !IsPlaceName(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private bool IsPlaceName(string word) => _divisions.NamePrefixes.Contains(word);

    [GeneratedRegex("(?:跟|和|像|同|比)(?<what>(?:(?!买|拍)[\\p{IsCJKUnifiedIdeographs}a-z]){1,6}?)(?:一样|一般|似的|差不多|那么|这么)|(?:缩成|变成)(?<what>(?:(?!买|拍)\\p{IsCJKUnifiedIdeographs}){2,4}?)(?:了|的|一样|似的)")]
    private static partial Regex Likened();

    [GeneratedRegex("税号|纳税人|信用代码|识别号")]
    private static partial Regex TaxContext();

    [GeneratedRegex("(?<![0-9a-z.@])[a-z]{1,4}[0-9]{8,}(?![0-9@])|(?<![0-9a-z.@])[0-9]{12,17}(?![0-9@])|(?<after>(?<=单号|运单|快递单|物流单)[: ]*[0-9a-z]{8,})")]
    private static partial Regex TrackingShape();

    // "金融港B18栋", "万达城3期": a run glued to a letter or a number after it is a place of the address, never a name;
    // one glued to a mobile ("王芳13512345678") is.
    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<name>[\u4e00-\u9fff]{2,4}?)[啊呀吧呢哦嘛啦哈]*(?![\u4e00-\u9fffa-z]|[0-9](?![0-9]{10}))")]
    private static partial Regex HanRun();
}

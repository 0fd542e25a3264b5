using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A line that only names another order of the buyer's while a flow is about one: the flow moves there.</summary>
public static partial class OrderResolver
{
    /// <summary>
    /// "就10月份买的那件T恤", "是浴巾那单啦" while another order is in play: the line names one other order of the buyer's
    /// by its goods, month, price or last digits and says nothing else.
    /// </summary>
    private static bool NamesOnlyAnother(FlowContext context)
    {
        var references = context.Facts.OrderReferences
            .Where(r => r.Evidence is Entities.OrderEvidence.Product or Entities.OrderEvidence.Date or Entities.OrderEvidence.Price or Entities.OrderEvidence.LastDigits)
            .ToList();
        if (references.Count == 0 || context.State.OrderNumber is not { } held
            || NamedAll(context, context.Services.Orders.OrdersOf(context.Input.BuyerId)) is not [var named] || named.OrderNumber == held)
        {
            return false;
        }

        var rest = references.Select(r => CompactText.Of(r.Mention)).Where(m => m.Length > 0).OrderByDescending(m => m.Length)
            .Aggregate(context.Compact, (text, mention) => text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase));
        return rest.Length < context.Compact.Length && PointerWords().IsMatch(rest);
    }

    [GeneratedRegex("^(?:不是这个|不是这单|不是|我说的是|说的是|我说的|就是|应该是|是|就|(?:[0-9一二三四五六七八九十]{1,2}|上上个|上个|这个|上|这|本)月份?|份|号|买的|下单的|拍的|付款的|那个|那单|那件|那笔|那一单|那条|那双|那套|那|的|啊|吧|呀|哈|呢|哦|啦|嘛|[,，.。!！~～])*$")]
    private static partial Regex PointerWords();

    /// <summary>
    /// The order numbers the goods named point at ("保温杯", "台灯"), whatever else the line says of them ("还没发货的",
    /// a courier asked about).
    /// </summary>
    public static List<string> NamedByGoods(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Facts.OrderReferences.Where(r => r.Evidence == Entities.OrderEvidence.Product).SelectMany(r => r.OrderNumbers).Distinct(StringComparer.Ordinal)];
    }
}

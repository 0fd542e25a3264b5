using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>How the buyer points at one order among some: by its goods, price or date, or "就是保温杯那个".</summary>
public static partial class OrderResolver
{
    private static Order? Named(FlowContext context, IReadOnlyList<Order> candidates)
    {
        var named = NamedAll(context, candidates);
        return named.Count == 1 ? named[0] : null;
    }

    [GeneratedRegex("^(?:不是这(?:个|单))?(?:就是|我说的是|说的是|我说的)[^，,。]{1,10}?(?:那个|那单|那件|那笔|那一单)(?:啊|吧|呀|哈|呢)?$")]
    private static partial Regex PointsAt();
}

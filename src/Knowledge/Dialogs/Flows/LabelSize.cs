using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "穿不进 领标是L", "吊牌上写的M码" about an order bought in another size: the label shows the shop sent the wrong
/// size (the shop's mistake), never a size that does not fit the buyer (a no-reason return).
/// </summary>
public static partial class LabelSize
{
    /// <summary>The problem in the shop's words ("发错尺码（拍的XL，领标是L）"), or null when no label size is said or it is the one bought.</summary>
    public static string? WrongSent(string compactText, Order order)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        ArgumentNullException.ThrowIfNull(order);
        if (OnLabel().Match(compactText) is not { Success: true } label || TitleSize().Match(order.Title) is not { Success: true } bought)
        {
            return null;
        }

        var said = OrderChanges.Size(label.Groups["size"].Value);
        var ordered = OrderChanges.Size(bought.Value);
        return said == ordered ? null : $"发错尺码（拍的{ordered}，{label.Groups["tag"].Value}是{said}）";
    }

    /// <summary>The size the order was bought in ("XL", "120cm"), or null when its title names none.</summary>
    public static string? Bought(string title) =>
        TitleSize().Match(title ?? string.Empty) is { Success: true } bought ? OrderChanges.Size(bought.Value) : null;

    /// <summary>"XXL", "130", "L码": a size as a buyer names it, never a colour or "大一码".</summary>
    public static bool IsSize(string value) => SizeOnly().IsMatch(value ?? string.Empty);

    /// <summary>The label of the order in play or in focus says another size than the one bought.</summary>
    public static string? WrongSent(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } number
            && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order
                ? WrongSent(context.Compact, order)
                : null;
    }

    // "领标是L", "吊牌上写的M码", "尺码标印着xxl", "水洗标显示130".
    [GeneratedRegex("(?<tag>领标|吊牌|尺码标|水洗标|衣标|标签)(?:上面?)?(?:都|也)?(?:是|写着?|标着?|印着?|写的是?|标的是?|印的是?|显示)?(?<size>[0-9]xl|x{0,3}l|xs|s|m|1[0-9]{2}|[5-9][0-9])(?:码|号|cm)?(?![a-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex OnLabel();

    [GeneratedRegex("^(?:[0-9]xl|x{0,3}l|xs|s|m|1[0-9]{2}|[5-9][0-9])(?:码|号|cm)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeOnly();

    // "70x140cm" is a towel's measure, never a size it was bought in.
    [GeneratedRegex("(?<![a-z0-9.])(?:[0-9]xl|x{0,3}l|xs|s|m)(?![a-z])|(?<![0-9x*×])[0-9]{2,3}cm", RegexOptions.IgnoreCase)]
    private static partial Regex TitleSize();
}

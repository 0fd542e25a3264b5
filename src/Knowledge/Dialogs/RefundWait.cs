using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要等多久啊 别让我一直等", "到底还要等几天 急死了" right after the payout times were told: how long the money takes
/// for the way the buyer paid, from the day the refund succeeded, that the bank's crediting cannot be hurried from
/// here, and a colleague tracing the money once that time has passed; never a menu of shipping and service problems.
/// </summary>
internal static partial class RefundWait
{
    private const string Prefix = "asides.refund_wait_";

    /// <summary>Longest question left once the impatience is taken out ("要等多久啊").</summary>
    private const int QuestionLength = 8;

    /// <summary>Answers <paramref name="compact"/>, a how-long question the caller found, when impatience is most of it.</summary>
    public static bool TryAnswer(FlowContext context, string compact)
    {
        if (!Impatience().IsMatch(compact) || Impatience().Replace(compact, string.Empty).Length > QuestionLength)
        {
            return false;
        }

        context.Say(RefundTiming.WayNamedBefore(context.State) is { } way ? Prefix + way : Prefix + "any");
        return true;
    }

    /// <summary>
    /// "别是退丢了", "要这么久吗 不会丢了吧" right after the payout times were told: the money is not lost, it goes back
    /// the way it was paid, the days again for that way, and a colleague checking once they have passed.
    /// </summary>
    public static bool TryReassure(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !RefundTiming.JustTold(context.State) || !Worry().IsMatch(context.Compact))
        {
            return false;
        }

        var way = RefundTiming.SingleWayNamed(context.Compact) ?? RefundTiming.WayNamedBefore(context.State) ?? "any";
        context.Say(WorryPrefix + way);
        return true;
    }

    private const string WorryPrefix = "asides.refund_worry_";

    // "别是退丢了", "不会丢了吧", "钱会不会没了", "怕退不回来", "該不會弄丟了吧" (read folded to Simplified).
    [GeneratedRegex("丢了|退丢|弄丢|丢失|(?:会不会|不会|别是|是不是|该不会|怕)[^，,。]{0,4}(?:没了|吞了|退不回|到不了|不见)")]
    private static partial Regex Worry();

    [GeneratedRegex("别(?:让|叫)?我?(?:一直|干|白|老|再)?等(?:着|下去|了)?|一直(?:在)?等|(?:都)?等了?(?:好久|很久|半天|这么久|太久|好多天)(?:了)?|等不(?:及|了|起)|急死(?:了|人)?|着急|太慢(?:了)?|快点|赶紧")]
    private static partial Regex Impatience();
}

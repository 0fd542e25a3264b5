using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "等下 还是要吧 别拦了 让它送" after this chat asked a colleague to have the courier stop a parcel: the request is
/// withdrawn at once (a colleague must not stop a parcel the buyer now wants) and the buyer hears it comes as usual.
/// </summary>
internal static partial class InterceptCalledOff
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!CalledOff().IsMatch(context.Compact) || context.State.LastOrderNumber is not { } last
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return false;
        }

        var asked = (await OpenCases.HereAsync(context, last, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
            .Where(c => c.Description?.StartsWith(PolicyTopics.InterceptNote, StringComparison.Ordinal) == true).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        foreach (var noted in asked)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, noted.Id, "买家又要这件了，不用拦截，包裹照常派送", cancellationToken).ConfigureAwait(false);
        }

        context.Say("policy_topics.intercept_called_off", context.SlotsOf(order));
        return true;
    }

    // "别拦了", "不用拦截了", "还是要吧 让它送", "东西我还要", never "拦不住就拒收".
    [GeneratedRegex("(?:别|不用|不要|不必|先别|不)(?:再)?(?:拦|截)|让(?:它|他|快递)?(?:送|派送|照常送|正常送)|照常(?:送|派送|发)|正常(?:送|派送)就|(?:还是|我还)要(?:吧|了|的)?(?:$|[，,。 ]|别|不)|东西(?:我)?还要")]
    private static partial Regex CalledOff();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "麻烦快点回", "快回我啊", "回复快点": after an answer the buyer urges the reply, not the parcel. She hears that the chat is
/// answered here as she writes, or, when a colleague is looking into something recorded here, that the answer comes in
/// this chat; never a rush note on an order she did not name.
/// </summary>
public static partial class ReplyUrged
{
    public const string Reply = "closing.reply_urged";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastReplies.Count == 0 || !Urges().IsMatch(context.Compact))
        {
            return false;
        }

        if (await OpenCases.AwaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false))
        {
            // A case recorded here: "能不能快点回复" is answered by CaseQuestion with who has it; other urgings hear the
            // answer comes in this chat.
            if (CaseQuestion.Read(context.Compact) == CaseAsked.Reply)
            {
                return false;
            }

            context.Say(ToldWhenKnown.Reply);
            return true;
        }

        context.Say(Reply);
        return true;
    }

    // The whole line is the urging: "快点回复我 什么时候发货" asks about the parcel and is read on.
    [GeneratedRegex("^(?:麻烦|请|拜托|求求)?(?:你们?|客服)?(?:能不能|可以)?(?:快点|快一点|快些|赶紧|赶快|尽快|快)(?:回复|回消息|回我|回|答复)(?:我|一下|下)?(?:啊|吧|呀|哦|呗|好吗|行吗|好不好)*$|^(?:回复|回消息|回)(?:快点|快一点|快些)(?:啊|吧|呀|好吗|行吗)*$|^(?:怎么|咋)(?:还)?不回(?:复|消息|我)?(?:了|啊|呀)*$")]
    private static partial Regex Urges();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// An angry buyer handed to a supervisor reads the apology first: a reply that opens cheerfully ("好的亲，订单…的问题已经
/// 登记") opens with the apology of template <c>complaint.apology_opener</c> instead, and the handover that follows leaves
/// its own apology out.
/// </summary>
public static partial class ApologyFirst
{
    private const string OpenerTemplate = "complaint.apology_opener";

    private static readonly IReadOnlyDictionary<string, string?> NoSlots = new Dictionary<string, string?>();

    /// <summary>The replies with the first one's cheerful opener put as an apology; as they were when none opens so.</summary>
    public static IReadOnlyList<PlannedReply> Open(IReadOnlyList<PlannedReply> replies, IReplyTemplates templates, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(templates);
        if (replies is not [var first, ..] || !Cheerful().IsMatch(first.Sent))
        {
            return replies;
        }

        var opener = templates.Render(OpenerTemplate, NoSlots, conversationId).Text;
        var opened = first with { Text = Cheerful().Replace(first.Text, opener, 1), Sent = Cheerful().Replace(first.Sent, opener, 1) };
        return [opened, .. replies.Skip(1)];
    }

    [GeneratedRegex("^(?:好的|好嘞|收到|没问题|明白|行的|可以的|嗯嗯)(?:亲)?[，,！!]")]
    private static partial Regex Cheerful();
}

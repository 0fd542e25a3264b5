using System.Text.RegularExpressions;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "照片都拍了 要补发 不想退 家里周末请客要用" after the damage was recorded: the reshipment replaces the case, but with
/// no photo in the chat yet it is sent only once the photos are in and checked, and a day the goods are needed by is
/// answered without a promise and handed to a colleague to arrange in time.
/// </summary>
public sealed partial class QualityReturnFlow
{
    public const string ReshipNeededBy = "reship_needed_by";

    private static async Task ReshipInsteadAsync(FlowContext context, string orderNumber, string description, IReadOnlyList<string> photoUrls,
        IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var neededBy = NeededBy(context) ?? (DayOfUse().Match(context.Compact) is { Success: true } day ? $"{day.Groups["day"].Value}要用" : null);
        var note = neededBy is null ? ReshipNote(context, description) : $"{ReshipNote(context, description)}，{neededBy}";
        await context.Actions.RequestReshipAsync(context.Turn, orderNumber, $"{description}（{note}）", photoUrls, cancellationToken).ConfigureAwait(false);
        context.Say(photoUrls.Count == 0 ? "quality_return.changed_to_reship_photos_awaited" : "quality_return.changed_to_reship", slots);
        if (neededBy is not null)
        {
            context.Say("quality_return.reship_needed_by", new Dictionary<string, string?>(slots) { [TemplateSlots.Change] = neededBy });
            context.NeedPerson(ReshipNeededBy);
        }
    }

    /// <summary>"家里周末请客要用", "下周三要送人": a day of use no date reading pins down, kept in the buyer's words.</summary>
    [GeneratedRegex("(?<day>这个?周末|下个?周末|周末|明天|后天|下周[一二三四五六日天]?|这周[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天])[^，,。]{0,6}?(?:要用|用|请客|送人|要送|办事|搬家)")]
    private static partial Regex DayOfUse();
}

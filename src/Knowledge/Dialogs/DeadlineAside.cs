using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>"周五前能收到吗": the date the buyer needs it by, said back once as 12月4日（周五）, so they see it was heard.</summary>
public static class DeadlineAside
{
    private const string Template = "arrival.deadline";

    public static void Say(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The estimate against the date already said the date back. "周三前能到北京吗" about goods no order of this buyer holds:
        // the date is not taken on, which would promise to watch an order that does not exist.
        if (context.Facts.Cues.Deadline is { } deadline && !context.Replies.Any(r => r.TemplateId == Template || UnownedGoods.SaysNoSuchOrder(r.TemplateId))
            && !ArrivalByDate.Said(context))
        {
            context.Say(Template, new Dictionary<string, string?> { [TemplateSlots.Date] = SaidDates.Format(deadline) });
        }
    }
}

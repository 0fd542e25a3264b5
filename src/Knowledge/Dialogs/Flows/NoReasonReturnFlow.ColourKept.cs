using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "不想退 太麻烦了" right after a colour unlike the pictures was answered with the no-reason return: the goods are kept,
/// which is fine, and the photo for a colleague is still open; never the return rules again.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    private const string ColourNote = "no_reason_return.colour_note";

    private static bool KeepsAfterColourNote(FlowContext context, Order order) =>
        (context.Told(ColourNote, order.OrderNumber) || context.Told(ColourNote, null)) && NotReturning().IsMatch(context.Compact)
        && !SizeOrStyleChange().IsMatch(context.Compact);

    [GeneratedRegex("不想退|不退了|不用退|懒得退|不退也行|算了|留着")]
    private static partial Regex NotReturning();
}

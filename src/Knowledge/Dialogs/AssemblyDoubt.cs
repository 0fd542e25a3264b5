using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不知道是不是我装错了" about a lamp while its fault is taken down: the product policy says the lamp needs no
/// assembly (plugged in as the leaflet shows, it works), so no assembly steps and no on-site question; a manual thrown
/// away beside it is promised in the electronic form, sent by a colleague once the case is recorded.
/// </summary>
internal static partial class AssemblyDoubt
{
    /// <summary>The answer that also promises the electronic manual, which a colleague sends once the case is recorded.</summary>
    public const string ManualTemplate = "installation.lamp_no_assembly_manual";

    public static bool TryTell(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Doubt().IsMatch(context.Compact) || context.State.OrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order || !Lamp().IsMatch(order.Title))
        {
            return false;
        }

        // The electronic manual goes to a colleague with the case once it is recorded (AnswerFlows.OfferInstallationBeside).
        context.Say(AnswerFlows.AsksInstallationHelp(context.Normalized) ? ManualTemplate : "installation.lamp_no_assembly", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("装错|装反|装得?不对|没装好|装的有问题|安装(错|不对|有问题)|接错|插错")]
    private static partial Regex Doubt();

    [GeneratedRegex("台灯")]
    private static partial Regex Lamp();
}

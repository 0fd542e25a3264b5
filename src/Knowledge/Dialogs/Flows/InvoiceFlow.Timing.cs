using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"多久能开出来" asked while the invoice is being taken down.</summary>
public sealed partial class InvoiceFlow
{
    /// <summary>
    /// Says when an electronic invoice is issued and where it goes; false when the question is not about the time or the
    /// buyer wants paper, which the general invoice answer (posted free) covers.
    /// </summary>
    public static bool TellsTiming(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TimingAsked().IsMatch(context.Compact) || context.State.Values.ContainsKey(PaperKey))
        {
            return false;
        }

        context.Say("invoice.timing_electronic");
        return true;
    }

    [GeneratedRegex("(多久|多长时间|几天|哪天|什么时候|啥时候|何时|要等多久).{0,4}(开|出|好|收到|发)|(开|出)(出来|好).{0,3}(要|得)?(多久|几天|多长时间)")]
    private static partial Regex TimingAsked();
}

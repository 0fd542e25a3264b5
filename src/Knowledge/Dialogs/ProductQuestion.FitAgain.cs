using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "真的不知道吗 包我已经买了 就想知道装不装得下" right after the spec of those goods was told: the question pressed again
/// gets the title and the product page in other words, pre-sales, and the 7-day no-reason return should it not fit,
/// never the general spec text asking which goods are meant.
/// </summary>
public static partial class ProductQuestion
{
    private const string SpecPolicy = "spec-";

    private static bool AnswersFitAgain(FlowContext context, string? category)
    {
        if (!FitAsked().IsMatch(context.Compact) || Complaint().IsMatch(context.Compact)
            || context.State.AnsweredPolicies.LastOrDefault() is not { } told || !told.StartsWith(SpecPolicy, StringComparison.Ordinal))
        {
            return false;
        }

        var specOf = told[SpecPolicy.Length..] switch
        {
            "down-coat" => "down_coat",
            "pillowcase" => "silk",
            var goods => goods,
        };
        SayWithTitle(context, category ?? specOf, "fit_again");
        return true;
    }

    [GeneratedRegex("装不装得下|放不放得下|装得下|放得下|装不下|放不下|能装下|能放下|塞得下|塞不下|能不能装|能不能放")]
    private static partial Regex FitAsked();
}

namespace ShopBot.Knowledge.Policies;

/// <summary>The shop's rules, for the flows: an entry by id, or the best entry for a free question.</summary>
public interface IPolicySearch
{
    /// <summary>The entry with this id, or null.</summary>
    PolicyEntry? Get(string id);

    /// <summary>The best entry for the question, or null when none reaches <see cref="PolicyOptions.MinimumScore"/>.</summary>
    /// <param name="skip">Entry ids not to give again (the buyer said they did not answer the question).</param>
    PolicyMatch? FindBest(string question, IReadOnlyCollection<string>? skip = null);

    /// <summary>The best entries, whatever their score, best first: for trainers trying questions.</summary>
    IReadOnlyList<PolicyMatch> Rank(string question, int count);
}

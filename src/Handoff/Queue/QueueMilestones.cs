namespace ShopBot.Handoff.Queue;

/// <summary>
/// Queue positions worth telling a buyer they reached: 1, 2 and 3, then 5, 10, 20, 50, 100, 200, 500 and so on. Each
/// step is a move of at least a fifth of the way to the head, so a buyer hears about real progress and never gets
/// one message per claim.
/// </summary>
public static class QueueMilestones
{
    private static readonly int[] All = Build();

    /// <summary>The milestones at or behind <paramref name="position"/>, nearest first.</summary>
    public static IReadOnlyList<int> From(int position) => All.Where(m => m >= position).ToList();

    private static int[] Build()
    {
        var positions = new List<int> { 1, 2, 3 };
        for (var step = 5; step <= 1_000_000; step *= 10)
        {
            positions.AddRange([step, step * 2, step * 4]);
        }

        return [.. positions];
    }
}

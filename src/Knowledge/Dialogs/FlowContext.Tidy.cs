namespace ShopBot.Knowledge.Dialogs;

public sealed partial class FlowContext
{

    /// <summary>
    /// Replies that say again what another reply of the same turn says, each with the templates that already say it:
    /// "能不能赶上要看快递派送" after the estimate for the buyer's date, or twice from two parts of the turn ("明天能到吗
    /// 后天要出差" brought the date noted, "理解您着急…要看快递派送" and the usual days on top of each other), or "handed to
    /// the courier, number not synced yet" said again before the estimate for the buyer's date ("我週二要穿 來得及嗎").
    /// Two bubbles must never contradict each other: "派送中，一般今天之内会送到" read from the live trace outweighs the
    /// estimate from the ship day ("周日前送到比较悬"), which a prefix ending in '_' drops whatever its variant.
    /// </summary>
    private static readonly (string Dropped, string[] SaidBy)[] Overlaps =
    [
        ("track.needed_by", ["arrival.deadline", "arrival.by_date_"]),
        ("arrival.deadline", ["arrival.by_date_"]),
        ("arrival.region_days", ["arrival.by_date_"]),
        ("track.on_the_road_without_number", ["arrival.by_date_"]),
        ("arrival.by_date_", [ArrivalDays.OutForDeliveryTemplate]),
    ];

    /// <summary>
    /// Takes out the replies of this turn that another reply of it already says (see <see cref="Overlaps"/>), and puts
    /// the answers to needs said in passing after the main answer, where a part of the turn that ran late (the estimate
    /// for the buyer's date) would otherwise follow them.
    /// </summary>
    public void Tidy()
    {
        foreach (var (dropped, saidBy) in Overlaps)
        {
            if (_replies.Any(r => saidBy.Any(s => r.TemplateId.StartsWith(s, StringComparison.Ordinal))))
            {
                _replies.RemoveAll(r => r.TemplateId == dropped || (dropped.EndsWith('_') && r.TemplateId.StartsWith(dropped, StringComparison.Ordinal)));
            }
        }

        var asides = _replies.Where(r => r.TemplateId is BesideNeeds.NotHomeTemplate or BesideNeeds.PhotoHowTemplate).ToList();
        _replies.RemoveAll(asides.Contains);
        _replies.AddRange(asides);
    }
}

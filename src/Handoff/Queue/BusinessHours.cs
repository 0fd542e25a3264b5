using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;

namespace ShopBot.Handoff.Queue;

/// <summary>Whether agents work at a given instant, and when they next start, in the shop's time zone.</summary>
public sealed class BusinessHours(IOptions<HandoffOptions> options)
{
    private readonly BusinessHoursOptions _hours = options.Value.BusinessHours;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.BusinessHours.TimeZone);

    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        return _hours.Opens < _hours.Closes
            ? local >= _hours.Opens && local < _hours.Closes
            : local >= _hours.Opens || local < _hours.Closes;
    }

    /// <summary>The next opening at or after <paramref name="now"/>; <paramref name="now"/> itself while open.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        if (IsOpen(now))
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var opening = local.Date + _hours.Opens.ToTimeSpan();
        if (opening <= local.DateTime)
        {
            opening = opening.AddDays(1);
        }

        return new DateTimeOffset(opening, _zone.GetUtcOffset(opening));
    }
}

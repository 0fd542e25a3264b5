namespace ShopBot.TestSupport;

/// <summary>A clock the test sets: the sample export is written against 2026-11-22 10:00 in Shanghai.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset SampleNow { get; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}

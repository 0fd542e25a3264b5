using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Tests.Queue;

public sealed class WaitEstimatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly WaitEstimator _estimator = new(Options.Create(new HandoffOptions { EtaWindow = TimeSpan.FromMinutes(30) }));

    [Fact]
    public void The_wait_grows_with_the_position_at_the_recent_pickup_rate()
    {
        Pickup[] pickups = [new(Now.AddMinutes(-1), TimeSpan.Zero), new(Now.AddMinutes(-10), TimeSpan.Zero), new(Now.AddMinutes(-20), TimeSpan.Zero)];

        Assert.Equal(TimeSpan.FromMinutes(10), _estimator.Estimate(1, pickups, Now));
        Assert.Equal(TimeSpan.FromMinutes(40), _estimator.Estimate(4, pickups, Now));
    }

    [Fact]
    public void Pickups_older_than_the_window_give_no_estimate()
    {
        Assert.Null(_estimator.Estimate(1, [new Pickup(Now.AddHours(-2), TimeSpan.FromMinutes(3))], Now));
        Assert.Null(_estimator.Estimate(1, [], Now));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopBot.Knowledge.Logistics;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Tests.Kernel;

namespace ShopBot.Knowledge.Tests.Logistics;

/// <summary>Only the logistics part of Knowledge, composed as the host composes it, with a settable clock and captured logs.</summary>
internal sealed class LogisticsHarness : IDisposable
{
    public LogisticsHarness(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddLogging(logging => logging.AddProvider(Logs));
        builder.AddLogistics();
        Services = builder.Services.BuildServiceProvider();
    }

    public FixedTimeProvider Clock { get; } = new(FixedTimeProvider.SampleNow);

    public CapturedLogs Logs { get; } = new();

    public ServiceProvider Services { get; }

    public ILogisticsTraces Traces => Services.GetRequiredService<ILogisticsTraces>();

    public static Order Shipped(string trackingNumber, string carrier = "圆通速递", string? phone = "13800001111") => new()
    {
        OrderNumber = "3615280417723305999",
        BuyerId = "tb_trace",
        Status = OrderStatus.Shipped,
        CreatedAt = FixedTimeProvider.SampleNow.AddDays(-3),
        PaidAt = FixedTimeProvider.SampleNow.AddDays(-3),
        ShippedAt = FixedTimeProvider.SampleNow.AddDays(-2),
        Carrier = carrier,
        TrackingNumber = trackingNumber,
        Phone = phone,
        Title = "纯棉圆领短袖T恤",
        Quantity = 1,
    };

    public void Dispose() => Services.Dispose();
}

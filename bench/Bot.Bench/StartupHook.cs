using ShopBot.Bench;

/// <summary>
/// The runtime's startup hook (<c>DOTNET_STARTUP_HOOKS=ShopBot.Bench.dll</c>): a type of this name in no namespace,
/// with a static <c>Initialize</c>. The turns benchmark sets it on the servers it starts to read their allocations
/// and, for the channel floor, to replace the bot (<see cref="ChannelFloor"/>).
/// </summary>
#pragma warning disable CA1050 // The runtime looks for this exact name outside any namespace.
internal static class StartupHook
#pragma warning restore CA1050
{
    public static void Initialize()
    {
        AllocationProbe.Start();
        ChannelFloor.InstallIfAsked();
    }
}

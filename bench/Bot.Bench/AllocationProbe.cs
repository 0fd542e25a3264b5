using System.Globalization;

namespace ShopBot.Bench;

/// <summary>
/// Bytes allocated by a server process, read through a startup hook (<see cref="StartupHook"/>, loaded into the host
/// with <c>DOTNET_STARTUP_HOOKS</c>) that writes <see cref="GC.GetTotalAllocatedBytes"/> to a file every 20 ms. Bench
/// only: the shipped host knows nothing of it.
/// </summary>
internal static class AllocationProbe
{
    public const string FileVariable = "SHOPBOT_BENCH_ALLOCATION_FILE";

    public static string FileFor(int port) => Path.Combine(Path.GetTempPath(), $"shopbot-bench-alloc-{port}.txt");

    /// <summary>The last figure the hook wrote, or null when the process runs without it.</summary>
    public static long? Read(string? file)
    {
        if (file is null)
        {
            return null;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                var text = File.ReadAllText(file);
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes))
                {
                    return bytes;
                }
            }
            catch (IOException)
            {
                // Being replaced: read again.
            }

            Thread.Sleep(5);
        }

        return null;
    }

    /// <summary>Runs in the server process (see <see cref="StartupHook"/>).</summary>
    public static void Start()
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }

        var thread = new Thread(() =>
        {
            var temporary = file + ".tmp";
            while (true)
            {
                File.WriteAllText(temporary, GC.GetTotalAllocatedBytes().ToString(CultureInfo.InvariantCulture));
                File.Move(temporary, file, overwrite: true);
                Thread.Sleep(20);
            }
        })
        { IsBackground = true, Name = "bench allocation probe" };
        thread.Start();
    }
}

using System.Diagnostics;
using System.Reflection;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// The host as a real process on a free local port, started from <paramref name="workingDirectory"/> as an operator
/// would start it, until disposed. Logs, uploads and the model go to a temporary folder.
/// </summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private RunningBot(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The configuration the test assembly was built with (the host's build output sits under the same name).</summary>
    public static string Configuration { get; } =
        typeof(RunningBot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static async Task<RunningBot> StartAsync(string assembly, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var folder = Directory.CreateTempSubdirectory("shopbot-process-").FullName;
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["Intents__ModelPath"] = Path.Combine(folder, "intent-model.zip");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "shopbot-.clef");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new RunningBot(process, folder, address);
        await bot.WaitUntilListeningAsync();
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held for a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before listening.");
            }

            try
            {
                using var response = await client.GetAsync("health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The host did not answer /health within 60 seconds.");
    }
}

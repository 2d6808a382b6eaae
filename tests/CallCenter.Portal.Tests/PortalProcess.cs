using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Portal.Tests;

/// <summary>
/// The real Portal executable started as a user would (no configuration, working directory of its
/// own), listening on a free loopback port, with a random Admin API key of this run
/// (<c>WebCti:BootstrapApiKey</c>) that <see cref="CreateClient"/> sends. Disposing stops it.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _waiters = [];

    private PortalProcess(Process process, Uri address, string apiKey)
    {
        _process = process;
        Address = address;
        ApiKey = apiKey;
    }

    public Uri Address { get; }

    /// <summary>The Admin API key this run's portal was started with.</summary>
    public string ApiKey { get; }

    /// <summary>An HTTP client for the API, authenticated with <see cref="ApiKey"/> (role Admin).</summary>
    /// <param name="baseAddress">Another address of the same portal (default <see cref="Address"/>).</param>
    public HttpClient CreateClient(TimeSpan? timeout = null, Uri? baseAddress = null) => CreateClient(ApiKey, timeout, baseAddress);

    /// <summary>An HTTP client that sends <paramref name="apiKey"/> (or no key at all when null).</summary>
    public HttpClient CreateClient(string? apiKey, TimeSpan? timeout = null, Uri? baseAddress = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress ?? Address };
        if (timeout is { } t) http.Timeout = t;
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }
    public string Output { get { lock (_output) return string.Join(Environment.NewLine, _output); } }

    /// <param name="settings">Extra configuration as "Key=value" (e.g. "DemoData:ExtensionPassword=…").</param>
    public static async Task<PortalProcess> StartAsync(string workingDirectory, TimeSpan timeout, params string[] settings)
    {
        var port = FreePort();
        var apiKey = "test-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(PortalDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        // SIP on free loopback ports, so tests never fight over 5060.
        foreach (var setting in (string[])["Telephony:Sip:Udp=127.0.0.1:0", "Telephony:Sip:Tcp=127.0.0.1:0", $"WebCti:BootstrapApiKey={apiKey}", .. settings])
            info.ArgumentList.Add("--" + setting);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var portal = new PortalProcess(process, address, apiKey);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (portal._output)
            {
                portal._output.Add(e.Data);
                foreach (var waiter in portal._waiters.Where(w => e.Data.Contains(w.Text, StringComparison.Ordinal)).ToList())
                {
                    waiter.Seen.TrySetResult();
                    portal._waiters.Remove(waiter);
                }
            }
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The portal exited with code {process.ExitCode}:{Environment.NewLine}{portal.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await portal.DisposeAsync();
            throw new TimeoutException($"The portal did not listen within {timeout}:{Environment.NewLine}{portal.Output}");
        }
        return portal;
    }

    /// <summary>Completes when the portal has written a line containing <paramref name="text"/> (logging is asynchronous).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Any(line => line.Contains(text, StringComparison.Ordinal))) return;
            _waiters.Add((text, seen));
        }
        try
        {
            await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The portal did not log \"{text}\" within {timeout}:{Environment.NewLine}{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Portal's own build output (same configuration as these tests), found from the solution root.</summary>
    private static string PortalDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CallCenter.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("CallCenter.sln not found above " + AppContext.BaseDirectory);
        var dll = Path.Combine(root.FullName, "src", "Portal", "bin", configuration, "net10.0", "CallCenter.Portal.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the Portal first", dll);
    }
}

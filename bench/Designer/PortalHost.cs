using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Bench.Designer;

/// <summary>
/// The real Portal (the built Release dll, Production, warnings-only logging) in a throw-away data folder on a free
/// loopback port, SIP on free ports; stopped and its folder removed on dispose (unless kept).
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly bool _keep;

    private PortalHost(Process process, Uri address, string folder, bool keep)
    {
        _process = process;
        Address = address;
        Folder = folder;
        _keep = keep;
    }

    public Uri Address { get; }

    public string Folder { get; }

    public static async Task<PortalHost> StartAsync(string dll, string adminPassword, bool keep, TimeSpan timeout)
    {
        var folder = Directory.CreateTempSubdirectory("callcenter-bench-designer-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var setting in (string[])["urls=" + address, "Telephony:Sip:Udp=127.0.0.1:0", "Telephony:Sip:Tcp=127.0.0.1:0",
                     $"Portal:AdminPassword={adminPassword}", "Logging:LogLevel:Default=Warning", "Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"])
            info.ArgumentList.Add("--" + setting);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new PortalHost(process, address, folder, keep);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (host._output) host._output.Add(e.Data);
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the Portal exited with code {process.ExitCode}:\n{host.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"the Portal did not listen within {timeout}:\n{host.Output}");
        }
        return host;
    }

    public string Output { get { lock (_output) return string.Join('\n', _output); } }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_keep) Console.Error.WriteLine($"Portal folder kept: {Folder}");
        else try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

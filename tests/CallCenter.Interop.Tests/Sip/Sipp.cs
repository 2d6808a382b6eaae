using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>Runs SIPp (Debian's sip-tester) as a UAC; fails loudly when it is not installed.</summary>
internal static class Sipp
{
    public sealed record Run(int ExitCode, string Log, string Output);

    public static async Task<Run> RunAsync(IPEndPoint server, string scenario, string transport, params string[] extra)
    {
        var executable = Find() ?? throw new InvalidOperationException("SIPp is not installed: run ./test.sh as root (it installs sip-tester), or apt-get install sip-tester.");
        var work = Directory.CreateTempSubdirectory("callcenter-sipp-").FullName;
        try
        {
            var info = new ProcessStartInfo(executable)
            {
                WorkingDirectory = work,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])[$"{server.Address}:{server.Port}", "-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", scenario),
                         "-t", transport, "-i", "127.0.0.1", "-p", FreePort(transport).ToString(), "-m", "1", "-nostdin",
                         "-timeout", "15s", "-timeout_error", "-trace_logs", "-log_file", Path.Combine(work, "actions.log"), .. extra])
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var log = File.Exists(Path.Combine(work, "actions.log")) ? await File.ReadAllTextAsync(Path.Combine(work, "actions.log")) : "";
            return new Run(process.ExitCode, log, await stdout + await stderr);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            if (File.Exists(Path.Combine(dir, "sipp"))) return Path.Combine(dir, "sipp");
        return null;
    }

    private static int FreePort(string transport)
    {
        using var socket = transport.StartsWith('t')
            ? new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}

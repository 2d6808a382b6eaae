using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Rtp;

/// <summary>The receive loop every RTP socket runs: one reused buffer, each datagram handed over synchronously, socket errors survived.</summary>
internal static class RtpReceiveLoop
{
    /// <param name="handle">Called with the buffer, the datagram's length and its source; must not keep the buffer.</param>
    public static async Task RunAsync(Socket socket, Action<byte[], int, IPEndPoint> handle, CancellationToken ct)
    {
        var buffer = new byte[2048];
        EndPoint any = new IPEndPoint(IPAddress.Any, 0);
        while (!ct.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException) { continue; }
            handle(buffer, received.ReceivedBytes, (IPEndPoint)received.RemoteEndPoint);
        }
    }
}

namespace CallCenter.Telephony.Tests.Sip.Server;

/// <summary>The SIP stack's end of life: the host stops it and the container disposes it again at shutdown.</summary>
public sealed class SipStackLifetimeTests
{
    [Fact]
    public async Task A_stack_listening_on_UDP_and_TCP_disposed_twice_shuts_down_without_an_exception()
    {
        var server = new SipServerFixture();

        await server.Stack.DisposeAsync();
        var again = await Record.ExceptionAsync(async () => await server.Stack.DisposeAsync());

        Assert.Null(again);
        await server.DisposeAsync();
    }
}

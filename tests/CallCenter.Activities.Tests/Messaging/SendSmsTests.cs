using System.Text.Json;
using System.Threading.Channels;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Messaging;
using CallCenter.Domain.Messaging.Providers;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.Messaging;

/// <summary>SendSms in a flow → outbox → the HTTP gateway provider → a Kestrel "SMS gateway" started by the test.</summary>
public sealed class SendSmsTests : IAsyncLifetime
{
    private readonly Channel<(JsonElement Body, string? Auth)> _posts = Channel.CreateUnbounded<(JsonElement, string?)>();
    private int _busyAnswersLeft;
    private WebEndpoint _gateway = null!;
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _gateway = await WebEndpoint.StartAsync(app => app.MapPost("/sms", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (Interlocked.Decrement(ref _busyAnswersLeft) >= 0) return Results.Text("gateway busy", statusCode: 503);
            _posts.Writer.TryWrite((body.RootElement.Clone(), request.Headers.Authorization.ToString()));
            return Results.Json(new { accepted = true });
        }));
        _host = await ActivityHost.StartAsync(s => s.Configure<SmsGatewayOptions>(o =>
        {
            o.Url = _gateway.BaseUrl + "/sms";
            o.Headers["Authorization"] = "Bearer test-token";
        }));
        await _host.PublishAsync(new FlowBuilder("sms")
            .Variable("caller").Variable("message_id", VariableType.Number)
            .Activity("start", "Start")
            .Activity("sms", "SendSms", new { to = "{{ caller }}", text = "【12345】办事指南：请携带身份证原件到政务大厅办理。", messageId = "message_id" })
            .Chain("start", "sms")
            .Build());
    }

    [Fact]
    public async Task The_gateway_receives_the_text_for_the_callers_number()
    {
        var run = await _host.RunAsync("sms", new() { ["caller"] = "+86 139-0013-9000" });
        var id = Convert.ToInt64(run.Instance!.Variables["message_id"]);

        Assert.Equal(1, await _host.Get<OutboxDispatcher>().DispatchDueAsync());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var (body, auth) = await _posts.Reader.ReadAsync(timeout.Token);
        Assert.Equal(("+8613900139000", "【12345】办事指南：请携带身份证原件到政务大厅办理。", id, "Bearer test-token"),
            (body.GetProperty("to").GetString(), body.GetProperty("text").GetString(), body.GetProperty("id").GetInt64(), auth));
        Assert.Equal(OutboxState.Sent, (await _host.Get<Outbox>().GetAsync(id))!.State);
    }

    [Fact]
    public async Task A_busy_gateway_is_retried_after_the_back_off_and_the_error_is_recorded_meanwhile()
    {
        _busyAnswersLeft = 1;
        var run = await _host.RunAsync("sms", new() { ["caller"] = "13900139000" });
        var id = Convert.ToInt64(run.Instance!.Variables["message_id"]);
        var dispatcher = _host.Get<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        var failed = await _host.Get<Outbox>().GetAsync(id);
        Assert.Equal((OutboxState.Pending, 1), (failed!.State, failed.Attempts));
        Assert.Contains("503", failed.LastError);

        _host.Time.Advance(new OutboxOptions().RetryDelay);
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal((OutboxState.Sent, 2), ((await _host.Get<Outbox>().GetAsync(id))!.State, (await _host.Get<Outbox>().GetAsync(id))!.Attempts));
        Assert.True(_posts.Reader.TryRead(out _));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _gateway.DisposeAsync();
    }
}

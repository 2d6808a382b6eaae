using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Messaging;
using CallCenter.Domain.Messaging.Providers;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Activities.Tests.Messaging;

/// <summary>SendEmail in a flow → outbox → MailKit → a real SMTP server started by the test.</summary>
public sealed class SendEmailTests : IAsyncLifetime
{
    private SmtpTestServer _smtp = null!;
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        _host = await ActivityHost.StartAsync(s => s.Configure<SmtpOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = _smtp.Port;
            o.Security = MailKit.Security.SecureSocketOptions.None;
            o.From = "hotline@12345.example";
        }));
        await _host.PublishAsync(new FlowBuilder("mail")
            .Variable("ticket_number").Variable("message_id", VariableType.Number)
            .Activity("start", "Start")
            .Activity("mail", "SendEmail", new { to = "mayor@city.example", subject = "新工单 {{ ticket_number }}", body = "市长信箱留言，工单号 {{ ticket_number }}。", messageId = "message_id" })
            .Chain("start", "mail")
            .Build());
    }

    [Fact]
    public async Task The_flow_queues_the_mail_and_the_dispatcher_delivers_it_over_SMTP()
    {
        var run = await _host.RunAsync("mail", new() { ["ticket_number"] = "T20261125-0007" });
        var id = Convert.ToInt64(run.Instance!.Variables["message_id"]);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(OutboxState.Pending, (await _host.Get<Outbox>().GetAsync(id))!.State);

        Assert.Equal(1, await _host.Get<OutboxDispatcher>().DispatchDueAsync());

        var mail = await _smtp.NextAsync();
        Assert.Equal(("新工单 T20261125-0007", "mayor@city.example", "hotline@12345.example"), (mail.Subject, mail.To.Mailboxes.Single().Address, mail.From.Mailboxes.Single().Address));
        Assert.Contains("工单号 T20261125-0007", mail.TextBody);
        var stored = await _host.Get<Outbox>().GetAsync(id);
        Assert.Equal((OutboxState.Sent, 1, run.InstanceId), (stored!.State, stored.Attempts, stored.WorkflowInstanceId));
    }

    [Fact]
    public async Task The_background_worker_is_woken_by_a_new_message_without_waiting_for_its_poll()
    {
        var worker = _host.Services.GetServices<IHostedService>().OfType<OutboxWorker>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The fake clock never moves, so only the outbox signal can wake the worker.
            await _host.RunAsync("mail", new() { ["ticket_number"] = "T20261125-0008" });
            Assert.Equal("新工单 T20261125-0008", (await _smtp.NextAsync()).Subject);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_recipient_that_is_not_an_address_faults_the_flow_and_queues_nothing()
    {
        await _host.PublishAsync(new FlowBuilder("bad").Activity("start", "Start").Activity("mail", "SendEmail", new { to = "not an address", subject = "s", body = "b" }).Chain("start", "mail").Build());
        var run = await _host.RunAsync("bad");
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("not an e-mail address", Assert.Single(run.Incidents).Message);
        Assert.Equal(0, await _host.Get<OutboxDispatcher>().DispatchDueAsync());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}

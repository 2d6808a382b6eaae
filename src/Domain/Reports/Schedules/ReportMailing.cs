using CallCenter.Domain.Messaging.Providers;
using CallCenter.Domain.Reports.Excel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// One report mail run: the subscription's workbook for the period just ended (built by <see cref="ReportSheets"/>, as
/// the download), attached to a mail in the subscription's language and handed to the SMTP server of the admin settings
/// (<see cref="SmtpDelivery"/>), then the result recorded on the subscription. A failure (no SMTP server, server down,
/// refused) never throws: it is recorded as the last error and the next scheduled run tries again.
/// </summary>
/// <remarks>
/// The mail goes straight to SMTP rather than through the outbox: the outbox holds plain-text messages without
/// attachments, and a workbook of the past period rebuilt at the next run is as good as a stored one.
/// </remarks>
public sealed class ReportMailing(
    ReportSubscriptionStore store,
    ReportSource source,
    IServiceProvider services,
    IOptionsMonitor<SmtpOptions> smtp,
    IOptions<ReportScheduleOptions> options,
    ILogger<ReportMailing> logger)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Mails subscription <paramref name="subscriptionId"/> for the period ending before the local day of
    /// <paramref name="runAt"/>. A scheduled run (<paramref name="manual"/> false) of a disabled subscription sends nothing;
    /// "send now" (<paramref name="manual"/> true) always sends.
    /// </summary>
    public async Task<ReportMailResult> RunAsync(long subscriptionId, DateTimeOffset runAt, bool manual, CancellationToken ct = default)
    {
        var subscription = await store.FindAsync(subscriptionId, ct);
        if (subscription is null) return new(ReportMailOutcome.NotFound);
        if (!manual && !subscription.Enabled) return new(ReportMailOutcome.Disabled);
        var (from, to) = ReportSchedulePeriods.Covered(subscription.Frequency, runAt, source.Zone);
        var filter = subscription.FilterFor(from, to);
        var attemptedAt = source.Time.GetUtcNow().UtcDateTime;
        try
        {
            var mail = await ComposeAsync(subscription, filter, ct);
            await SmtpDelivery.SendAsync(mail, smtp.CurrentValue, ct);
            await store.RecordAsync(subscriptionId, attemptedAt, null, ct);
            logger.LogInformation("Report mail {SubscriptionId} ({Report} {From}–{To}) sent to {Recipients}", subscriptionId, subscription.Report, from, to, subscription.Recipients.Count);
            return new(ReportMailOutcome.Sent, from, to);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Report mail {SubscriptionId} ({Report} {From}–{To}) failed; the next run tries again", subscriptionId, subscription.Report, from, to);
            await store.RecordAsync(subscriptionId, attemptedAt, ex.Message, ct);
            return new(ReportMailOutcome.Failed, from, to, ex.Message);
        }
    }

    private async Task<MimeMessage> ComposeAsync(ReportSubscription subscription, ReportFilter filter, CancellationToken ct)
    {
        var language = subscription.Language ?? options.Value.DefaultLanguage;
        var content = new MemoryStream();
        using (var book = new ReportWorkbook())
        {
            await ReportSheets.AddAsync(book, subscription.Report, filter, OptionReader(subscription.Options), services, ct);
            await book.SaveAsync(content, ct);
        }
        content.Position = 0;
        var body = new BodyBuilder { TextBody = ReportMailText.Body(subscription, filter, language) };
        await body.Attachments.AddAsync(ReportMailText.FileName(subscription.Report, filter), content, MimeKit.ContentType.Parse(ContentType), ct);
        var mail = new MimeMessage { Subject = ReportMailText.Subject(subscription.Report, filter, language), Body = body.ToMessageBody() };
        foreach (var recipient in subscription.Recipients) mail.To.Add(MailboxAddress.Parse(recipient));
        return mail;
    }

    /// <summary>Reads <c>key=value&amp;…</c> (as the report pages write their options).</summary>
    public static Func<string, string?> OptionReader(string? options)
    {
        var pairs = (options ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => Uri.UnescapeDataString(p[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.Last()[1]), StringComparer.Ordinal);
        return key => pairs.GetValueOrDefault(key);
    }
}

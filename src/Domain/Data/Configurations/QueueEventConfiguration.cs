using CallCenter.Domain.QueueEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class QueueEventConfiguration : IEntityTypeConfiguration<QueueEvent>
{
    public void Configure(EntityTypeBuilder<QueueEvent> b)
    {
        // Append-only, like Asterisk's queue_log; no foreign keys on purpose (see QueueEvent).
        b.ToTable("queue_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallId).HasMaxLength(200);
        b.Property(x => x.Queue).HasMaxLength(64);
        b.Property(x => x.Agent).HasMaxLength(32);
        b.Property(x => x.Event).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Data).HasMaxLength(500);
        // Reports by period, a queue's events by period, one call's story, one agent's events. The queue and agent
        // indexes carry the columns the reports add up (event, wait, talk): SQLite picks them for the queue, abandon,
        // traffic-by-queue and agent reports (Queue/Agent IS NOT NULL), which then read a year from the index alone
        // instead of looking up each row (migration ReportSpeed).
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.Queue, x.At, x.Event, x.WaitSeconds, x.TalkSeconds });
        b.HasIndex(x => x.CallId);
        b.HasIndex(x => new { x.Agent, x.At, x.Event, x.TalkSeconds });
    }
}

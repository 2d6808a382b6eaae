using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.ToTable("tickets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(32);
        b.HasIndex(x => x.Number).IsUnique();
        // The guard that makes concurrent creation safe: two tickets can never share a day's sequence.
        b.HasIndex(x => new { x.Day, x.DaySequence }).IsUnique();
        b.Property(x => x.Category).HasMaxLength(64);
        b.Property(x => x.CallerNumber).HasMaxLength(32);
        b.Property(x => x.RecordingPath).HasMaxLength(500);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.WorkflowInstanceId).HasMaxLength(64);
        b.HasIndex(x => x.CallerNumber);
    }
}

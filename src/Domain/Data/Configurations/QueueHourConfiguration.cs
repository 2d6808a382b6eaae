using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class QueueHourConfiguration : IEntityTypeConfiguration<QueueHour>
{
    public void Configure(EntityTypeBuilder<QueueHour> b)
    {
        b.ToTable("report_queue_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Queue).HasMaxLength(64);
        b.HasIndex(x => new { x.HourUtc, x.Queue, x.ServiceLevelSeconds }).IsUnique();
    }
}

using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class TrafficHourConfiguration : IEntityTypeConfiguration<TrafficHour>
{
    public void Configure(EntityTypeBuilder<TrafficHour> b)
    {
        b.ToTable("report_traffic_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(300); // as call_records.To
        b.HasIndex(x => new { x.HourUtc, x.Outbound, x.Number }).IsUnique();
    }
}

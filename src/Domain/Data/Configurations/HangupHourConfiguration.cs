using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class HangupHourConfiguration : IEntityTypeConfiguration<HangupHour>
{
    public void Configure(EntityTypeBuilder<HangupHour> b)
    {
        b.ToTable("report_hangup_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.HourUtc, x.Side, x.Answered }).IsUnique();
    }
}

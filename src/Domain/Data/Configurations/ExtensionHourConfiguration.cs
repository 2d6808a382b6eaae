using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ExtensionHourConfiguration : IEntityTypeConfiguration<ExtensionHour>
{
    public void Configure(EntityTypeBuilder<ExtensionHour> b)
    {
        b.ToTable("report_extension_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.Extension).HasMaxLength(32);
        b.HasIndex(x => new { x.HourUtc, x.Extension, x.Placed }).IsUnique();
    }
}

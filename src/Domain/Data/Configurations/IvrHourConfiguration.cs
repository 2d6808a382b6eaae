using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class IvrHourConfiguration : IEntityTypeConfiguration<IvrHour>
{
    public void Configure(EntityTypeBuilder<IvrHour> b)
    {
        b.ToTable("report_ivr_hours");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallFlow).HasMaxLength(IvrHour.MaxText);
        b.Property(x => x.Flow).HasMaxLength(IvrHour.MaxText);
        b.Property(x => x.Node).HasMaxLength(IvrHour.MaxText);
        b.Property(x => x.Type).HasMaxLength(IvrHour.MaxText);
        b.Property(x => x.Outcome).HasMaxLength(IvrHour.MaxText);
        b.HasIndex(x => new { x.HourUtc, x.CallFlow, x.Flow, x.Node, x.Type, x.Outcome }).IsUnique();
    }
}

using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> b)
    {
        b.ToTable("wf_incidents");
        b.HasKey(x => x.Id);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ActivityId).HasMaxLength(100);
        b.Property(x => x.ActivityType).HasMaxLength(100);
        b.Property(x => x.ExceptionType).HasMaxLength(300);
        b.HasIndex(x => x.InstanceId);
    }
}

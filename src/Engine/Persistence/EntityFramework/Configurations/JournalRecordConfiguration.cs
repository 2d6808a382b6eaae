using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> b)
    {
        b.ToTable("wf_journal");
        b.HasKey(x => x.Id);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ActivityId).HasMaxLength(100);
        b.Property(x => x.ActivityType).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(200);
        b.HasIndex(x => x.InstanceId);
        b.HasIndex(x => new { x.ActivityType, x.StartedAt });
    }
}

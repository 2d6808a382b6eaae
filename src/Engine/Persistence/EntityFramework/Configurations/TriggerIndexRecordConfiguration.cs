using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class TriggerIndexRecordConfiguration : IEntityTypeConfiguration<TriggerIndexRecord>
{
    public void Configure(EntityTypeBuilder<TriggerIndexRecord> b)
    {
        b.ToTable("wf_triggers");
        b.HasKey(x => x.Id);
        b.Property(x => x.DefinitionId).HasMaxLength(100);
        b.Property(x => x.ActivityId).HasMaxLength(100);
        b.Property(x => x.Type).HasMaxLength(100);
        b.Property(x => x.Key).HasMaxLength(300);
        b.HasIndex(x => new { x.Type, x.Key });
        b.HasIndex(x => x.DefinitionId);
    }
}

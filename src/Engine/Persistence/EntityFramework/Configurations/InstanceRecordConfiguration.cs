using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> b)
    {
        b.ToTable("wf_instances");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.DefinitionId).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CorrelationId).HasMaxLength(200);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.DefinitionId, x.Status });
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => x.CorrelationId);
    }
}

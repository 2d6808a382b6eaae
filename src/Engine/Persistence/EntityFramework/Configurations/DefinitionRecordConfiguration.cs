using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> b)
    {
        b.ToTable("wf_definitions");
        b.HasKey(x => new { x.DefinitionId, x.Version });
        b.Property(x => x.DefinitionId).HasMaxLength(100);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.DefinitionId, x.IsPublished });
    }
}

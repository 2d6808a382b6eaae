using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Engine.Persistence.EntityFramework.Configurations;

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> b)
    {
        b.ToTable("wf_bookmarks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ActivityId).HasMaxLength(100);
        b.Property(x => x.Type).HasMaxLength(100);
        b.Property(x => x.CorrelationKey).HasMaxLength(300);
        b.HasIndex(x => new { x.Type, x.CorrelationKey });
        b.HasIndex(x => x.InstanceId);
        b.HasIndex(x => x.ResumeAt);
    }
}

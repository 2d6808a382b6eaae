using CallCenter.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class CallQueueConfiguration : IEntityTypeConfiguration<CallQueue>
{
    public void Configure(EntityTypeBuilder<CallQueue> b)
    {
        b.ToTable("queues");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.Strategy).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.MusicOnHold).HasMaxLength(100);
        b.Property(x => x.AnnounceLanguage).HasMaxLength(8);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.QueueId).OnDelete(DeleteBehavior.Cascade);
    }
}

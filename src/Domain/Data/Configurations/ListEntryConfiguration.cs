using CallCenter.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ListEntryConfiguration : IEntityTypeConfiguration<ListEntry>
{
    public void Configure(EntityTypeBuilder<ListEntry> b)
    {
        b.ToTable("list_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Pattern).HasMaxLength(40);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.HasIndex(x => x.Pattern);
    }
}

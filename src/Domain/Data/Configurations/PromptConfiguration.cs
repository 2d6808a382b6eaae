using CallCenter.Domain.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class PromptConfiguration : IEntityTypeConfiguration<Prompt>
{
    public void Configure(EntityTypeBuilder<Prompt> b)
    {
        b.ToTable("prompts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        // Flows reference prompts by name: two prompts may never share one.
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Language).HasMaxLength(16);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.FilePath).HasMaxLength(500);
        b.Property(x => x.OriginalFileName).HasMaxLength(260);
    }
}

using CallCenter.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> b)
    {
        b.ToTable("extensions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(32);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.Realm).HasMaxLength(100);
        b.Property(x => x.Ha1Md5).HasMaxLength(32);
        b.Property(x => x.Ha1Sha256).HasMaxLength(64);
    }
}

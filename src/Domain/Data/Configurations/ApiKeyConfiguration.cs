using CallCenter.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Prefix).HasMaxLength(ApiKeyStore.PrefixLength);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.Property(x => x.Roles).HasMaxLength(200);
        b.Property(x => x.AgentId).HasMaxLength(32);
        b.Ignore(x => x.RoleList);
        // Every API request looks its key up by prefix.
        b.HasIndex(x => x.Prefix);
    }
}

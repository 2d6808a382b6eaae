using CallCenter.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class CustomerPhoneConfiguration : IEntityTypeConfiguration<CustomerPhone>
{
    public void Configure(EntityTypeBuilder<CustomerPhone> b)
    {
        b.ToTable("customer_phones");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(32);
        b.Property(x => x.Label).HasMaxLength(32);
        b.HasIndex(x => x.Number);
    }
}

using CallCenter.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class InboundRouteConfiguration : IEntityTypeConfiguration<InboundRoute>
{
    public void Configure(EntityTypeBuilder<InboundRoute> b)
    {
        b.ToTable("inbound_routes");
        b.HasKey(x => x.Id);
        b.Property(x => x.CalledNumber).HasMaxLength(32);
        b.Property(x => x.CallerPattern).HasMaxLength(40);
        b.Property(x => x.WorkflowDefinitionId).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(300);
        b.HasIndex(x => x.CalledNumber);
    }
}

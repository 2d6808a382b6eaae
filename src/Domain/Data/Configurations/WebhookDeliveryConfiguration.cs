using CallCenter.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("webhook_deliveries");
        b.HasKey(x => x.Id);
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.EventType).HasMaxLength(32);
        b.Property(x => x.EventId).HasMaxLength(64);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.LastError).HasMaxLength(500);
        // An event reaches an endpoint once.
        b.HasIndex(x => new { x.SubscriptionId, x.EventId }).IsUnique();
        // The dispatcher's query: pending deliveries by due time.
        b.HasIndex(x => new { x.State, x.NextAttemptAt });
    }
}

using CallCenter.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("webhook_subscriptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Url).HasMaxLength(2000);
        b.Property(x => x.Secret).HasMaxLength(128);
        // One comma-separated column on every provider (event types never contain commas).
        b.Property(x => x.Events)
            .HasConversion(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((l, r) => l!.SequenceEqual(r!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e.GetHashCode())), v => v.ToList()))
            .HasMaxLength(500);
    }
}

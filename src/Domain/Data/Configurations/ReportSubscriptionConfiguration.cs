using CallCenter.Domain.Reports.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ReportSubscriptionConfiguration : IEntityTypeConfiguration<ReportSubscription>
{
    public void Configure(EntityTypeBuilder<ReportSubscription> b)
    {
        b.ToTable("report_subscriptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Report).HasMaxLength(32);
        b.Property(x => x.Queue).HasMaxLength(100);
        b.Property(x => x.Agent).HasMaxLength(100);
        b.Property(x => x.Group).HasMaxLength(100);
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.Flow).HasMaxLength(100);
        b.Property(x => x.Options).HasMaxLength(500);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DayOfWeek).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Language).HasMaxLength(16);
        b.Property(x => x.Owner).HasMaxLength(256);
        b.Property(x => x.LastError).HasMaxLength(1000);
        // One column of addresses separated by newlines (an address never contains one).
        b.Property(x => x.Recipients)
            .HasConversion(v => string.Join('\n', v), v => v.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((l, r) => l!.SequenceEqual(r!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e.GetHashCode())), v => v.ToList()))
            .HasMaxLength(4000);
        b.HasIndex(x => x.Owner);
    }
}

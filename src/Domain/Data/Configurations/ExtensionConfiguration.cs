using System.Text.Json;
using CallCenter.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
        b.Property(x => x.ForwardAlways).HasMaxLength(ExtensionForwardingRules.MaxTargetLength);
        b.Property(x => x.ForwardBusy).HasMaxLength(ExtensionForwardingRules.MaxTargetLength);
        b.Property(x => x.ForwardNoAnswer).HasMaxLength(ExtensionForwardingRules.MaxTargetLength);
        b.Property(x => x.NoAnswerSeconds).HasDefaultValue(ExtensionForwarding.DefaultNoAnswerSeconds);
        // One JSON text column ([{"target":"1002","seconds":15}]): read and written whole with the extension.
        b.Property(x => x.FollowMe)
            .HasMaxLength(1000)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => Read(v),
                new ValueComparer<List<FollowMeTarget>>(
                    (a, c) => a!.SequenceEqual(c!),
                    v => v.Aggregate(0, (h, f) => HashCode.Combine(h, f.GetHashCode())),
                    v => v.ToList()));
    }

    // Rows from before the column (or written by hand) may hold an empty text.
    private static List<FollowMeTarget> Read(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : JsonSerializer.Deserialize<List<FollowMeTarget>>(text, Json) ?? [];
}

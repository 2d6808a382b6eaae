using System.Text.Json;
using CallCenter.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class CallTraceConfiguration : IEntityTypeConfiguration<CallTrace>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CallTrace> b)
    {
        b.ToTable("call_traces");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallId).HasMaxLength(200);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.FlowName).HasMaxLength(200);
        b.HasIndex(x => x.CallId);
        // Read and written whole with its call, never queried inside: one JSON text column rather than five child tables.
        b.Property(x => x.Details)
            .HasColumnName("details")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<CallTraceDetails>(v, Json) ?? new CallTraceDetails(),
                new ValueComparer<CallTraceDetails>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<CallTraceDetails>(JsonSerializer.Serialize(v, Json), Json)!));
    }
}

using CallCenter.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class CallDetailRecordConfiguration : IEntityTypeConfiguration<CallDetailRecord>
{
    public void Configure(EntityTypeBuilder<CallDetailRecord> b)
    {
        b.ToTable("call_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallId).HasMaxLength(200);
        b.Property(x => x.From).HasMaxLength(300);
        b.Property(x => x.To).HasMaxLength(300);
        b.Property(x => x.HangupBy).HasMaxLength(16);
        b.Property(x => x.Cause).HasMaxLength(200);
        b.HasIndex(x => x.StartedAt);
        b.HasIndex(x => x.CallId);
    }
}

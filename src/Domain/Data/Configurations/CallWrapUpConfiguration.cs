using CallCenter.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class CallWrapUpConfiguration : IEntityTypeConfiguration<CallWrapUp>
{
    public void Configure(EntityTypeBuilder<CallWrapUp> b)
    {
        b.ToTable("call_wrap_ups");
        b.HasKey(x => x.Id);
        b.Property(x => x.CallId).HasMaxLength(200);
        b.Property(x => x.AgentId).HasMaxLength(32);
        b.Property(x => x.Disposition).HasMaxLength(CallWrapUpStore.MaxDispositionLength);
        b.Property(x => x.Notes).HasMaxLength(CallWrapUpStore.MaxNotesLength);
        // One wrap-up per call and agent; also the lookup by call.
        b.HasIndex(x => new { x.CallId, x.AgentId }).IsUnique();
    }
}
